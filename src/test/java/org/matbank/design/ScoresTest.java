package org.matbank.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The scores of a prediction N(mean, sigma²), against values worked out by hand from the normal distribution. */
class ScoresTest {

    private static final String FATIGUE = "property:fatigue strength";

    @Test
    void theProbabilityOfMeetingATargetFollowsTheNormalDistribution() {
        assertThat(Scores.probability(Target.atLeast(FATIGUE, 500e6), 500e6, 20e6)).isCloseTo(0.5, within(1e-12));
        assertThat(Scores.probability(Target.atLeast(FATIGUE, 480e6), 500e6, 20e6)).as("one sigma below").isCloseTo(0.841345, within(1e-6));
        assertThat(Scores.probability(Target.atMost(FATIGUE, 480e6), 500e6, 20e6)).isCloseTo(0.158655, within(1e-6));
        assertThat(Scores.probability(Target.within(FATIGUE, 460e6, 540e6), 500e6, 20e6)).as("±2 sigma").isCloseTo(0.954500, within(1e-6));
        assertThat(Scores.probability(Target.atLeast(FATIGUE, 480e6), 500e6, 0)).as("a certain prediction").isEqualTo(1);
    }

    @Test
    void expectedImprovementAndUpperConfidenceBoundPreferUncertaintyWhereTheMeanIsEqual() {
        Target maximise = new Target(FATIGUE, Target.Kind.MAXIMISE, Double.NaN, Double.NaN);
        // at the best value: EI = sigma φ(0) = sigma / sqrt(2π)
        assertThat(Scores.expectedImprovement(maximise, 500, 20, 500)).isCloseTo(20 / Math.sqrt(2 * Math.PI), within(1e-9));
        assertThat(Scores.expectedImprovement(maximise, 500, 40, 500)).isGreaterThan(Scores.expectedImprovement(maximise, 500, 20, 500));
        assertThat(Scores.expectedImprovement(maximise, 560, 0, 500)).isEqualTo(60);
        Target minimise = new Target(FATIGUE, Target.Kind.MINIMISE, Double.NaN, Double.NaN);
        assertThat(Scores.expectedImprovement(minimise, 560, 0, 500)).isZero();
        assertThat(Scores.upperConfidenceBound(maximise, 500, 20, 2)).isEqualTo(540);
        assertThat(Scores.upperConfidenceBound(minimise, 500, 20, 2)).isEqualTo(460);
    }
}
