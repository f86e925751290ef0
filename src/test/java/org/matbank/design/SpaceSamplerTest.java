package org.matbank.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.matbank.design.DesignSpace.Choice;
import org.matbank.design.DesignSpace.Component;
import org.matbank.design.DesignSpace.Composition;
import org.matbank.design.DesignSpace.Parameter;
import org.matbank.design.DesignSpace.Relation;
import org.matbank.design.DesignSpace.Rule;
import org.matbank.shared.InvalidInputException;

/** Every sampled candidate lies in the space: bounds, exact totals, forbidden and counted components, rules; the same seed, the same candidates. */
class SpaceSamplerTest {

    private static final String TEMPERING = "parameter:tempering/tempering temperature";

    private static DesignSpace steels(Integer maxComponents) {
        Composition composition = new Composition("composition", "wt%", 100, List.of(new Component("C", 0.1, 0.6),
                new Component("Mn", 0.3, 1.2), new Component("Cr", 0, 2.5), new Component("Mo", 0, 0.5), new Component("Ni", 0, 3),
                new Component("Cu", 0, 0.5), new Component("Fe", 90, 99.6)), Set.of("C", "Fe"), Set.of("Cu"), maxComponents);
        Rule carbonManganese = new Rule(Map.of("composition:C", 1.0, "composition:Mn", 1.0), Relation.AT_MOST, 1.2, "C + Mn <= 1.2 wt%");
        return new DesignSpace(List.of(composition), List.of(new Parameter(TEMPERING, "K", 423, 973)),
                List.of(new Choice("condition:quenching medium", List.of("oil", "water"))), List.of(carbonManganese));
    }

    @Test
    void everyCandidateMeetsBoundsTotalsForbiddenComponentsCountsAndRules() {
        SpaceSampler.Candidates candidates = SpaceSampler.sample(steels(5), 2000, 7);

        assertThat(candidates.size()).isEqualTo(2000);
        for (int i = 0; i < candidates.size(); i++) {
            Map<String, Double> x = candidates.row(i);
            double sum = x.entrySet().stream().filter(e -> e.getKey().startsWith("composition:")).mapToDouble(Map.Entry::getValue).sum();
            assertThat(sum).isCloseTo(100, within(1e-9));
            assertThat(x.get("composition:C")).isBetween(0.1, 0.6);
            assertThat(x.get("composition:Mn")).isBetween(0.3, 1.2);
            assertThat(x.get("composition:Fe")).isBetween(90.0, 99.6);
            assertThat(x.get("composition:Cu")).as("forbidden").isZero();
            assertThat(x.get("composition:C") + x.get("composition:Mn")).isLessThanOrEqualTo(1.2 + 1e-9);
            assertThat(x.get(TEMPERING)).isBetween(423.0, 973.0);
            long present = x.entrySet().stream().filter(e -> e.getKey().startsWith("composition:") && e.getValue() > 0).count();
            assertThat(present).isLessThanOrEqualTo(5);
            assertThat(candidates.choices()[i][0]).isIn("oil", "water");
        }
        assertThat(candidates.draws()).as("some draws broke C + Mn <= 1.2 and were drawn again").isGreaterThan(2000);
    }

    @Test
    void candidatesSpreadOverTheRangesAndTheSameSeedGivesTheSameOnes() {
        SpaceSampler.Candidates a = SpaceSampler.sample(steels(null), 500, 3);
        SpaceSampler.Candidates b = SpaceSampler.sample(steels(null), 500, 3);
        SpaceSampler.Candidates c = SpaceSampler.sample(steels(null), 500, 4);

        assertThat(a.values()).isDeepEqualTo(b.values());
        assertThat(a.values()).isNotEqualTo(c.values());
        double[] tempering = java.util.Arrays.stream(a.values()).mapToDouble(x -> x[a.variables().indexOf(TEMPERING)]).sorted().toArray();
        assertThat(tempering[0]).as("the low end is reached").isLessThan(450);
        assertThat(tempering[tempering.length - 1]).as("the high end too").isGreaterThan(945);
    }

    @Test
    void anInfeasibleSpaceIsRefusedBeforeAnyDraw() {
        DesignSpace impossible = new DesignSpace(List.of(new Composition("composition", "wt%", 100,
                List.of(new Component("C", 0, 1), new Component("Fe", 50, 90)), Set.of(), Set.of(), null)), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> SpaceSampler.sample(impossible, 10, 1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("less than its total");
    }
}
