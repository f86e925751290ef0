package org.matbank.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matbank.design.DesignSpace.Relation;
import org.matbank.design.DesignSpace.Rule;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Violation;

/** Rules typed one per line become linear rules; a bad line is refused naming its number, its text and what is wrong. */
class RuleTextTest {

    private static final String C = "composition:C (mass fraction)";
    private static final String MN = "composition:Mn (mass fraction)";

    private static List<Violation> refused(String text) {
        try {
            RuleText.parseAll(text);
        } catch (InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError("not refused: " + text);
    }

    @Test
    void aSumOfColumnsWithSpacesInTheirNamesIsBoundedAbove() {
        Rule rule = RuleText.parse(0, 1, "  " + C + " + " + MN + " <= 0.012 ");

        assertThat(rule.terms()).isEqualTo(Map.of(C, 1.0, MN, 1.0));
        assertThat(rule.relation()).isEqualTo(Relation.AT_MOST);
        assertThat(rule.bound()).isEqualTo(0.012);
        assertThat(rule.text()).isEqualTo(C + " + " + MN + " <= 0.012");
    }

    @Test
    void coefficientsSignsAndTermsOnBothSidesAreMovedToOneSum() {
        Rule rule = RuleText.parse(0, 1, "2*X - Y >= 0");
        assertThat(rule.terms()).isEqualTo(Map.of("X", 2.0, "Y", -1.0));
        assertThat(rule.relation()).isEqualTo(Relation.AT_LEAST);
        assertThat(rule.bound()).isZero();

        Rule moved = RuleText.parse(0, 1, "-0.5 * X + 1e-3 ≤ Y - 2 + X");
        assertThat(moved.terms()).isEqualTo(Map.of("X", -1.5, "Y", -1.0));
        assertThat(moved.relation()).isEqualTo(Relation.AT_MOST);
        assertThat(moved.bound()).isCloseTo(-2.001, org.assertj.core.api.Assertions.within(1e-12));

        Rule equal = RuleText.parse(0, 1, "parameter:quench/oil-bath temperature = 330");
        assertThat(equal.terms()).as("a hyphen inside a name is no minus").containsOnlyKeys("parameter:quench/oil-bath temperature");
        assertThat(equal.relation()).isEqualTo(Relation.EQUAL);
        assertThat(equal.bound()).isEqualTo(330);
    }

    @Test
    void blankLinesAreSkippedAndEveryBadLineIsNamedWithItsNumberAndText() {
        assertThat(RuleText.parseAll("X <= 1\n\n  \r\nY >= 2")).extracting(Rule::text).containsExactly("X <= 1", "Y >= 2");
        assertThat(RuleText.parseAll(null)).isEmpty();

        List<Violation> problems = refused("X <= 1\n\nX + Y < 3\nX + <= 2\n3 <= 4\n2 X >= 1\nX <= 1 <= 2");

        assertThat(problems).extracting(Violation::path).containsExactly("rules[1]", "rules[2]", "rules[3]", "rules[4]", "rules[5]");
        assertThat(problems).extracting(Violation::rule).containsOnly("design.rule.syntax");
        assertThat(problems.get(0).message()).contains("line 3", "'X + Y < 3'", "use <= or >=");
        assertThat(problems.get(1).message()).contains("line 4", "a term is missing");
        assertThat(problems.get(2).message()).contains("line 5", "at least one variable");
        assertThat(problems.get(3).message()).contains("line 6", "'2 X'", "neither a number");
        assertThat(problems.get(4).message()).contains("line 7", "one relation");
        assertThat(problems.get(0).value()).isEqualTo("X + Y < 3");
    }

    @Test
    void termsThatCancelLeaveNoRule() {
        assertThat(refused("X - X >= 1").get(0).message()).contains("at least one variable");
        assertThatThrownBy(() -> RuleText.parse(4, 9, "no relation here")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations().get(0)).extracting(Violation::path, v -> v.message().startsWith("line 9"))
                        .containsExactly("rules[4]", true));
        assertThat(refused("no relation here").get(0).message()).contains("line 1", "<=, >= or =");
    }
}
