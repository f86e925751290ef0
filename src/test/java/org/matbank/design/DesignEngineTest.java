package org.matbank.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
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
import org.matbank.shared.Violation;
import org.matbank.table.TableDefinition;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Designs on models of the demo steels: every candidate of every strategy lies in the space and
 * meets its rules, the batch is ranked and spread out, a seed gives the same batch, a Pareto
 * front trades two targets off, and bad requests are refused naming the field.
 */
class DesignEngineTest extends HttpApiTest {

    static final String FATIGUE = "property:fatigue strength";
    static final String INCLUSIONS = "property:area fraction of deformed inclusions (dA)";
    static final String STEELS = "tags HAS \"demo\" AND tags HAS \"nims-fatigue\"";
    private static final Audience EVERYONE = new Audience(false, Set.of());
    private static Model fatigue;
    private static Model inclusions;

    @Autowired
    DemoLoader demo;
    @Autowired
    SearchService search;
    @Autowired
    ModelService models;

    @BeforeEach
    void models() {
        if (fatigue == null) {
            demo.loadIfAbsent();
            search.awaitIndexed();
            fatigue = train(FATIGUE);
            inclusions = train(INCLUSIONS);
        }
    }

    private Model train(String target) {
        return models.train(new TrainRequest("design " + unique(), new TableDefinition(STEELS, null, List.of(), Map.of()), null, null,
                target, List.of(), false, ModelKind.LINEAR, Map.of(), 3, 1L), EVERYONE, "test");
    }

    /** The fatigue model's space with a rule: C + Mn at most 1.2 wt%. */
    static DesignSpace ruled(Model model) {
        DesignSpace space = DesignSpaces.fromModel(model);
        DesignSpace.Rule rule = new DesignSpace.Rule(Map.of("composition:C (mass fraction)", 1.0, "composition:Mn (mass fraction)", 1.0),
                DesignSpace.Relation.AT_MOST, 0.012, "C + Mn <= 1.2 wt%");
        return new DesignSpace(space.compositions(), space.parameters(), space.choices(), List.of(rule), space.ties());
    }

    static DesignRequest request(DesignSpace space, List<Target> targets, List<UUID> ids, Strategy strategy) {
        return new DesignRequest("test", space, targets, ids, null, strategy, null, 1000, 20, 15, 8, null, 3L);
    }

    @Test
    void sampledCandidatesMeetTheSpaceAreRankedSpreadAndRepeatable() {
        DesignSpace space = ruled(fatigue);
        DesignRequest request = request(space, List.of(new Target(FATIGUE, Target.Kind.AT_LEAST, 700, Double.NaN, "MPa")),
                List.of(fatigue.id()), Strategy.SAMPLING);

        DesignOutcome outcome = DesignEngine.run(request, models, EVERYONE);

        assertThat(outcome.candidates()).hasSize(8);
        assertThat(outcome.evaluated()).isEqualTo(1000);
        assertThat(outcome.targets().get(0).low()).as("the target in SI").isEqualTo(700e6);
        assertThat(outcome.candidates()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(outcome.candidates().get(0).probability()).as("some steels of the space reach 700 MPa").isGreaterThan(0.5);
        outcome.candidates().forEach(c -> assertInSpace(space, c));
        assertSpread(space, outcome.candidates(), 0.05);
        assertThat(DesignEngine.run(request, models, EVERYONE).candidates()).as("same seed, same batch").isEqualTo(outcome.candidates());
        assertThat(outcome.warnings()).as("every model input is set or tied").isEmpty();
    }

    @Test
    void aSpaceInWeightPercentPredictsAsItsMassFractions() {
        DesignSpace fractions = ruled(fatigue);
        DesignSpace.Composition g = fractions.compositions().get(0);
        List<DesignSpace.Component> percent = g.components().stream()
                .map(c -> new DesignSpace.Component(c.name(), c.min() * 100, c.max() * 100)).toList();
        DesignSpace.Rule rule = fractions.rules().get(0);
        DesignSpace wt = new DesignSpace(List.of(new DesignSpace.Composition(g.name(), "wt%", 100, percent, Set.of(), Set.of(), null)),
                fractions.parameters(), List.of(), List.of(new DesignSpace.Rule(rule.terms(), rule.relation(), 1.2, rule.text())), fractions.ties());
        List<Target> targets = List.of(new Target(FATIGUE, Target.Kind.AT_LEAST, 700, Double.NaN, "MPa"));

        Candidate a = DesignEngine.run(request(fractions, targets, List.of(fatigue.id()), Strategy.SAMPLING), models, EVERYONE).candidates().get(0);
        Candidate b = DesignEngine.run(request(wt, targets, List.of(fatigue.id()), Strategy.SAMPLING), models, EVERYONE).candidates().get(0);

        assertThat(b.values().get("composition:C (mass fraction)")).isCloseTo(100 * a.values().get("composition:C (mass fraction)"), within(1e-9));
        assertThat(b.estimates().get(0).mean()).as("the model reads 0.4 wt%% as 0.004").isCloseTo(a.estimates().get(0).mean(), within(1e-3));
        assertThat(b.outsideDomain()).isEqualTo(a.outsideDomain());
    }

    @Test
    void theDefaultSpaceTiesTheMeltedElementsToTheComposition() {
        DesignSpace space = DesignSpaces.fromModel(fatigue);

        assertThat(space.ties()).containsEntry("ingredient:melting/C (mass fraction)", "composition:C (mass fraction)");
        assertThat(space.parameters()).extracting(DesignSpace.Parameter::column).doesNotContain("ingredient:melting/C (mass fraction)")
                .contains("parameter:tempering/tempering temperature");
        assertThat(Feasibility.check(space)).as("the training data lie in it").isEmpty();
        DesignSpace.Parameter carburizing = space.parameters().stream()
                .filter(p -> p.column().equals("ingredient:carburizing/steel (mass fraction)")).findFirst().orElseThrow();
        assertThat(carburizing.max()).as("most demo steels were not carburized: the usual route, fixed").isZero();
        assertThat(space.parameters()).extracting(DesignSpace.Parameter::column).noneMatch(c -> c.startsWith("parameter:carburizing/"));
    }

    @Test
    void nsga2FindsAFrontBetweenTwoTargets() {
        DesignSpace space = ruled(fatigue);
        DesignRequest request = request(space, List.of(new Target(FATIGUE, Target.Kind.MAXIMISE, Double.NaN, Double.NaN),
                new Target(INCLUSIONS, Target.Kind.MINIMISE, Double.NaN, Double.NaN)), List.of(fatigue.id(), inclusions.id()), Strategy.NSGA2);

        DesignOutcome outcome = DesignEngine.run(request, models, EVERYONE);

        assertThat(outcome.evaluated()).as("offspring of 15 generations").isGreaterThan(100);
        assertThat(outcome.front()).hasSizeGreaterThan(1);
        outcome.candidates().forEach(c -> assertInSpace(space, c));
        outcome.front().forEach(c -> assertInSpace(space, c));
        for (Candidate a : outcome.front()) {
            for (Candidate b : outcome.front()) {
                boolean dominates = mean(a, 0) >= mean(b, 0) && mean(a, 1) <= mean(b, 1) && (mean(a, 0) > mean(b, 0) || mean(a, 1) < mean(b, 1));
                assertThat(dominates).as("no point of the front dominates another").isFalse();
            }
        }
        assertThat(DesignEngine.run(request, models, EVERYONE).front()).as("same seed, same front").isEqualTo(outcome.front());
    }

    @Test
    void cmaEsImprovesOnTheSampledCandidatesItStartsFrom() {
        DesignSpace space = ruled(fatigue);
        List<Target> maximise = List.of(new Target(FATIGUE, Target.Kind.MAXIMISE, Double.NaN, Double.NaN));
        DesignOutcome sampled = DesignEngine.run(request(space, maximise, List.of(fatigue.id()), Strategy.SAMPLING), models, EVERYONE);
        DesignOutcome searched = DesignEngine.run(request(space, maximise, List.of(fatigue.id()), Strategy.CMA_ES), models, EVERYONE);

        assertThat(searched.acquisition()).isEqualTo(Acquisition.EXPECTED_IMPROVEMENT);
        assertThat(searched.evaluated()).isGreaterThan(sampled.evaluated());
        assertThat(searched.candidates().get(0).score()).isGreaterThan(sampled.candidates().get(0).score());
        searched.candidates().forEach(c -> assertInSpace(space, c));
    }

    @Test
    void aTargetBeyondTheDataIsAnsweredWithAWarningAndTheCostIsBounded() {
        DesignSpace space = ruled(fatigue);
        Cost cost = new Cost("USD/kg", Map.of("composition:Mo (mass fraction)", 40.0, "composition:Ni (mass fraction)", 18.0));
        DesignRequest request = new DesignRequest("test", space, List.of(new Target(FATIGUE, Target.Kind.AT_LEAST, 5000, Double.NaN, "MPa"),
                new Target(Cost.PROPERTY, Target.Kind.AT_MOST, Double.NaN, 0.2, null)), List.of(fatigue.id()), cost, null, null, 500, null, null,
                5, 0.0, 1L);

        DesignOutcome outcome = DesignEngine.run(request, models, EVERYONE);

        assertThat(outcome.warnings()).extracting(DesignOutcome.Warning::code).contains("design.target.extrapolation");
        assertThat(outcome.warnings().get(0).message()).contains("at-least 5000 MPa", "225 to 1190 MPa", "extrapolation");
        for (Candidate c : outcome.candidates()) {
            double byHand = 40 * c.values().get("composition:Mo (mass fraction)") + 18 * c.values().get("composition:Ni (mass fraction)");
            assertThat(c.estimates().get(1).mean()).isCloseTo(byHand, within(1e-9));
            assertThat(c.estimates().get(1).probability()).isEqualTo(byHand <= 0.2 ? 1.0 : 0.0);
        }
    }

    @Test
    void badRequestsAreRefusedNamingTheField() {
        DesignSpace space = ruled(fatigue);
        assertRefused(request(space, List.of(Target.atLeast("property:hardness", 1)), List.of(fatigue.id()), Strategy.SAMPLING),
                "targets[0].property", "design.target.model");
        assertRefused(request(space, List.of(new Target(FATIGUE, Target.Kind.AT_LEAST, 700, Double.NaN, "K")), List.of(fatigue.id()),
                Strategy.SAMPLING), "targets[0].unit", "design.target.unit");
        assertRefused(new DesignRequest("test", space, List.of(new Target(Cost.PROPERTY, Target.Kind.MINIMISE, Double.NaN, Double.NaN)),
                List.of(fatigue.id()), new Cost("", Map.of("composition:Mo (mass fraction)", 1.0)), Strategy.SAMPLING, null, null, null, null,
                null, null, null), "targets[0].kind", "design.cost.objective");
        DesignSpace.Composition steel = space.compositions().get(0);
        List<DesignSpace.Component> tooRich = new ArrayList<>();
        steel.components().forEach(c -> tooRich.add(new DesignSpace.Component(c.name(), Math.max(c.min(), 0.2), Math.max(c.max(), 0.2))));
        DesignSpace infeasible = new DesignSpace(List.of(new DesignSpace.Composition(steel.name(), steel.unit(), steel.total(), tooRich,
                Set.of(), Set.of(), null)), space.parameters(), List.of(), List.of());
        assertRefused(request(infeasible, List.of(Target.atLeast(FATIGUE, 7e8)), List.of(fatigue.id()), Strategy.SAMPLING),
                "space.compositions[0]", "design.composition.sum");
    }

    private void assertRefused(DesignRequest request, String path, String rule) {
        assertThatThrownBy(() -> DesignEngine.run(request, models, EVERYONE)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).anySatisfy(v -> {
                    assertThat(v.path()).startsWith(path);
                    assertThat(v.rule()).isEqualTo(rule);
                }));
    }

    private static double mean(Candidate c, int target) {
        return c.estimates().get(target).mean();
    }

    /** Within every bound, the composition summing to its total, every rule met. */
    static void assertInSpace(DesignSpace space, Candidate c) {
        for (DesignSpace.Composition g : space.compositions()) {
            double sum = 0;
            for (DesignSpace.Component component : g.components()) {
                double v = c.values().get(g.variable(component.name()));
                assertThat(v).isBetween(component.min() - 1e-12, component.max() + 1e-12);
                sum += v;
            }
            assertThat(sum).isCloseTo(g.total(), within(1e-9));
        }
        for (DesignSpace.Parameter p : space.parameters()) {
            assertThat(c.values().get(p.column())).isBetween(p.min(), p.max());
        }
        for (DesignSpace.Rule rule : space.rules()) {
            double sum = rule.terms().entrySet().stream().mapToDouble(t -> t.getValue() * c.values().get(t.getKey())).sum();
            assertThat(sum).as(rule.text()).isLessThanOrEqualTo(rule.bound() + 1e-9);
        }
    }

    private static void assertSpread(DesignSpace space, List<Candidate> candidates, double least) {
        SpaceEncoding encoding = new SpaceEncoding(space);
        for (int a = 0; a < candidates.size(); a++) {
            for (int b = a + 1; b < candidates.size(); b++) {
                double sum = 0;
                int dims = 0;
                for (int v = 0; v < encoding.variables().size(); v++) {
                    if (encoding.widthOf(v) > 0) {
                        String name = encoding.variables().get(v);
                        double d = (candidates.get(a).values().get(name) - candidates.get(b).values().get(name)) / encoding.widthOf(v);
                        sum += d * d;
                        dims++;
                    }
                }
                assertThat(Math.sqrt(sum / dims)).as("candidates %d and %d apart", a + 1, b + 1).isGreaterThanOrEqualTo(least);
            }
        }
    }

}
