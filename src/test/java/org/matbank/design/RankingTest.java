package org.matbank.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.matbank.access.Audience;
import org.matbank.ingest.DemoLoader;
import org.matbank.ml.Model;
import org.matbank.ml.ModelKind;
import org.matbank.ml.ModelService;
import org.matbank.ml.TrainRequest;
import org.matbank.search.SearchService;
import org.matbank.shared.InvalidInputException;
import org.matbank.table.TableDefinition;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The default design space of a model of the demo steels is what its training data covered, and
 * candidates drawn from it, ranked by the probability of a fatigue strength of at least 700 MPa,
 * come out best first, inside the space, the same for the same seed.
 */
class RankingTest extends HttpApiTest {

    private static final String FATIGUE = "property:fatigue strength";

    @Autowired
    DemoLoader demo;
    @Autowired
    SearchService search;
    @Autowired
    ModelService models;

    @Test
    void candidatesOfTheModelsSpaceAreRankedByTheProbabilityOfMeetingTheTarget() {
        demo.loadIfAbsent();
        search.awaitIndexed();
        Audience everyone = new Audience(false, Set.of());
        Model model = models.train(new TrainRequest("design " + unique(), new TableDefinition(
                "tags HAS \"demo\" AND tags HAS \"nims-fatigue\"", null, List.of(), Map.of()), null, null, FATIGUE, List.of(), false,
                ModelKind.LINEAR, Map.of(), 3, 1L), everyone, "test");

        DesignSpace space = DesignSpaces.fromModel(model);

        assertThat(Feasibility.check(space)).as("the training data lie in it").isEmpty();
        assertThat(space.compositions().get(0).components()).extracting(DesignSpace.Component::name).contains("C (mass fraction)",
                "Fe (mass fraction)");
        assertThat(space.parameters()).extracting(DesignSpace.Parameter::column).contains("parameter:tempering/tempering temperature");

        Target target = Target.atLeast(FATIGUE, 700e6);
        List<Ranking.Ranked> top = Ranking.rank(models, model.id(), everyone, space, target, 1000, 10, 5);

        assertThat(top).hasSize(10);
        assertThat(top).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(top.get(0).score()).as("some steels of the space reach 700 MPa").isGreaterThan(0.5);
        assertThat(top.get(0).score()).isCloseTo(Scores.probability(target, top.get(0).mean(), top.get(0).sigma()), within(1e-12));
        double sum = top.get(0).values().entrySet().stream().filter(e -> e.getKey().startsWith("composition:"))
                .mapToDouble(Map.Entry::getValue).sum();
        assertThat(sum).isCloseTo(1.0, within(1e-9));
        assertThat(Ranking.rank(models, model.id(), everyone, space, target, 1000, 10, 5)).isEqualTo(top);

        assertThatThrownBy(() -> Ranking.rank(models, model.id(), everyone, space, Target.atLeast("property:hardness", 1), 10, 1, 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("predicts 'property:fatigue strength'");
    }
}
