package org.matbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.matbank.design.Target;

/** Targets as the command line writes them, each form of the help text, and what is not a target. */
class TargetTextTest {

    @Test
    void readsEveryDocumentedForm() {
        assertThat(TargetText.parse("property:fatigue strength>=700 MPa"))
                .isEqualTo(new Target("property:fatigue strength", Target.Kind.AT_LEAST, 700, Double.NaN, "MPa"));
        assertThat(TargetText.parse("cost<=2.5")).isEqualTo(new Target("cost", Target.Kind.AT_MOST, Double.NaN, 2.5, null));
        assertThat(TargetText.parse("property:hardness=600..800 HV"))
                .isEqualTo(new Target("property:hardness", Target.Kind.WITHIN, 600, 800, "HV"));
        assertThat(TargetText.parse("property:hardness = 6e2 .. 8.5e2"))
                .isEqualTo(new Target("property:hardness", Target.Kind.WITHIN, 600, 850, null));
        assertThat(TargetText.parse("property:fatigue strength max")).isEqualTo(
                new Target("property:fatigue strength", Target.Kind.MAXIMISE, Double.NaN, Double.NaN));
        assertThat(TargetText.parse("property:area fraction of deformed inclusions (dA) minimise").kind()).isEqualTo(Target.Kind.MINIMISE);
    }

    @Test
    void refusesWhatIsNoTarget() {
        assertThat(TargetText.parse("property:fatigue strength > 700")).isNull();
        assertThat(TargetText.parse("property:hardness=600")).as("equal needs a range").isNull();
        assertThat(TargetText.parse("property:hardness>=600..800")).isNull();
        assertThat(TargetText.parse("property:hardness>=lots")).isNull();
    }
}
