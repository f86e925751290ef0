package org.matbank.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.matbank.shared.Violation;

/** An impossible design space is explained before any search: which bound, total, component or rule, and by how much. */
class FeasibilityTest {

    private static final String TEMPERING = "parameter:tempering/tempering temperature";

    /** A low-alloy steel in wt%: Fe as balance. */
    private static Composition steel(List<Component> components, Set<String> required, Set<String> forbidden, Integer most) {
        return new Composition("composition", "wt%", 100, components, required, forbidden, most);
    }

    private static List<Component> lowAlloy() {
        return List.of(new Component("C", 0.1, 0.6), new Component("Mn", 0.3, 1.2), new Component("Cr", 0, 2.5),
                new Component("Mo", 0, 0.5), new Component("Fe", 90, 99.6));
    }

    private static DesignSpace space(Composition composition, List<Rule> rules) {
        return new DesignSpace(List.of(composition), List.of(new Parameter(TEMPERING, "K", 423, 973)),
                List.of(new Choice("condition:quenching medium", List.of("oil", "water"))), rules);
    }

    private static List<String> rules(List<Violation> problems) {
        return problems.stream().map(Violation::rule).toList();
    }

    @Test
    void aSoundSpaceWithAFittingRuleHoldsCandidates() {
        Rule carbonManganese = new Rule(Map.of("composition:C", 1.0, "composition:Mn", 1.0), Relation.AT_MOST, 1.2, "C + Mn <= 1.2 wt%");
        DesignSpace space = space(steel(lowAlloy(), Set.of("C", "Fe"), Set.of(), 5), List.of(carbonManganese));

        assertThat(Feasibility.check(space)).isEmpty();
        Feasibility.require(space);
    }

    @Test
    void boundsThatCannotReachOrMustExceedTheTotalAreNamedWithTheirSums() {
        List<Component> tooSmall = List.of(new Component("C", 0, 1), new Component("Fe", 50, 90));
        List<Violation> below = Feasibility.check(space(steel(tooSmall, Set.of(), Set.of(), null), List.of()));
        assertThat(rules(below)).containsExactly("design.composition.sum");
        assertThat(below.get(0).message()).contains("add up to 91.0 wt%", "less than its total of 100.0 wt%");

        List<Component> tooLarge = List.of(new Component("C", 5, 10), new Component("Fe", 96, 99));
        List<Violation> above = Feasibility.check(space(steel(tooLarge, Set.of(), Set.of(), null), List.of()));
        assertThat(above.get(0).message()).contains("add up to 101.0 wt%", "more than its total");
    }

    @Test
    void aRuleThatCannotHoldWithTheBoundsIsNamed() {
        List<Component> components = List.of(new Component("C", 0.8, 1.0), new Component("Mn", 0.6, 1.0), new Component("Fe", 90, 99));
        Rule rule = new Rule(Map.of("composition:C", 1.0, "composition:Mn", 1.0), Relation.AT_MOST, 1.2, "C + Mn <= 1.2 wt%");

        assertThatThrownBy(() -> Feasibility.require(space(steel(components, Set.of(), Set.of(), null), List.of(rule))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path).containsExactly("rules[0]");
                    assertThat(e.violations().get(0).message()).contains("C + Mn <= 1.2 wt%", "cannot hold");
                });
    }

    @Test
    void rulesThatHoldAloneButNotTogetherAreReportedTogether() {
        Rule hot = new Rule(Map.of(TEMPERING, 1.0), Relation.AT_LEAST, 900, "tempering >= 900 K");
        Rule coldWithChromium = new Rule(Map.of(TEMPERING, 1.0, "composition:Cr", 100.0), Relation.AT_MOST, 850,
                "tempering + 100 Cr <= 850");

        List<Violation> problems = Feasibility.check(space(steel(lowAlloy(), Set.of(), Set.of(), null), List.of(hot, coldWithChromium)));

        assertThat(problems).extracting(Violation::path).containsExactly("rules");
        assertThat(problems.get(0).message()).contains("not all of them together", "tempering >= 900 K", "tempering + 100 Cr <= 850");
    }

    @Test
    void requiredForbiddenAndTheMaximumNumberOfComponentsContradictionsAreNamed() {
        List<Violation> both = Feasibility.check(space(steel(lowAlloy(), Set.of("Mo"), Set.of("Mo"), null), List.of()));
        assertThat(rules(both)).contains("design.component.contradiction");

        List<Violation> forbiddenWithMinimum = Feasibility.check(space(steel(lowAlloy(), Set.of(), Set.of("Mn"), null), List.of()));
        assertThat(forbiddenWithMinimum.get(0).message()).contains("Mn is forbidden but its minimum is 0.3 wt%");

        List<Violation> tooMany = Feasibility.check(space(steel(lowAlloy(), Set.of("Cr", "Mo"), Set.of(), 3), List.of()));
        assertThat(rules(tooMany)).containsExactly("design.composition.count");
        assertThat(tooMany.get(0).message()).contains("must have 5 components", "maximum of 3");

        List<Component> small = List.of(new Component("C", 0, 40), new Component("Mn", 0, 40), new Component("Fe", 0, 40));
        List<Violation> cannotReach = Feasibility.check(space(steel(small, Set.of(), Set.of(), 2), List.of()));
        assertThat(cannotReach.get(0).message()).contains("2 largest maximums", "80.0 wt%", "cannot reach");
    }

    @Test
    void badBoundsUnknownVariablesAndEmptyChoicesAreRefusedByPlace() {
        DesignSpace space = new DesignSpace(List.of(steel(lowAlloy(), Set.of(), Set.of(), null)),
                List.of(new Parameter(TEMPERING, "K", 973, 423)), List.of(new Choice("condition:quenching medium", List.of())),
                List.of(new Rule(Map.of("composition:Nb", 1.0), Relation.AT_MOST, 0.1, "Nb <= 0.1")));

        List<Violation> problems = Feasibility.check(space);

        assertThat(problems).extracting(Violation::path).containsExactlyInAnyOrder("parameters[0].min", "choices[0].options", "rules[0]");
        assertThat(problems).extracting(Violation::message).anyMatch(m -> m.contains("(973.0) is above its maximum (423.0)"))
                .anyMatch(m -> m.contains("'composition:Nb', which the space does not have"));
    }
}
