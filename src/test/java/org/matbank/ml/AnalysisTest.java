package org.matbank.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matbank.shared.InvalidInputException;

/** Permutation importance, Shapley values, partial dependence and what-if on models whose answer is known. */
class AnalysisTest {

    private final TrainingSet data = Synthetic.table(300, (x0, x1) -> 5 * x0 * x0, 0.1, 9);

    @Test
    void permutationImportanceRanksTheRelevantFeatureAboveTheIrrelevantOne() {
        Regressor knn = new NearestNeighbours(7).fit(data.subset(range(0, 200)), 0);
        TrainingSet heldOut = data.subset(range(200, 300));
        Regressor swapped = new NearestNeighbours(7).fit(swap(data.subset(range(0, 200))), 0);
        List<PermutationImportance.Importance> inTableOrder = PermutationImportance.of(swapped, swap(heldOut), 5, 1);
        assertThat(inTableOrder).extracting(PermutationImportance.Importance::feature).containsExactly("x1", "x0");
        List<PermutationImportance.Importance> importance = PermutationImportance.ranked(PermutationImportance.of(knn, heldOut, 5, 1));
        assertThat(PermutationImportance.ranked(inTableOrder)).extracting(PermutationImportance.Importance::feature).containsExactly("x0", "x1");
        assertThat(importance).extracting(PermutationImportance.Importance::feature).containsExactly("x0", "x1");
        assertThat(importance.get(0).r2Drop()).isGreaterThan(0.8);
        assertThat(importance.get(0).rmseIncrease()).isGreaterThan(1);
        assertThat(importance.get(1).r2Drop()).isLessThan(0.1);
        assertThat(importance.get(0).r2DropSd()).isPositive();
        assertThat(PermutationImportance.ranked(PermutationImportance.of(knn, heldOut, 5, 1))).isEqualTo(importance);
    }

    @Test
    void partialDependenceRecoversAKnownMonotoneEffect() {
        Regressor knn = new NearestNeighbours(10).fit(data, 0);
        PartialDependence.Curve curve = PartialDependence.of(knn, data.x(), "x0", 8);
        assertThat(curve.grid()).hasSize(8);
        assertThat(curve.grid()[0]).isEqualTo(Arrays.stream(data.x()).mapToDouble(r -> r[0]).min().orElseThrow());
        for (int g = 1; g < 8; g++) {
            assertThat(curve.mean()[g]).as("non-decreasing at %d", g).isGreaterThan(curve.mean()[g - 1] - 0.1);
            // kNN flattens at the edges of the data: the interior is where it is accurate
            if (g < 7) {
                assertThat(curve.mean()[g]).isCloseTo(5 * curve.grid()[g] * curve.grid()[g], within(0.5));
            }
        }
        assertThat(curve.mean()[7] - curve.mean()[0]).as("most of the true rise of 5").isGreaterThan(3.5);
        assertThat(curve.ice()).hasNumberOfRows(300);
        PartialDependence.Curve flat = PartialDependence.of(knn, data.x(), "x1", 8);
        assertThat(flat.mean()[7] - flat.mean()[0]).isCloseTo(0, within(0.5));

        PartialDependence.Surface surface = PartialDependence.of(knn, data.x(), "x0", "x1", 5);
        assertThat(surface.mean()[4][0] - surface.mean()[0][0]).isGreaterThan(3.5);
        assertThat(surface.mean()[0][4] - surface.mean()[0][0]).isCloseTo(0, within(0.5));
    }

    @Test
    void shapleyValuesOfAnAdditiveModelAreEachFeaturesEffectAgainstTheBackground() {
        Regressor additive = Synthetic.function((x0, x1) -> 3 * x0 + 2 * x1, 1);
        double[] row = {0.9, 0.1};
        double[] phi = ShapleyValues.explain(additive, data.x(), row, 2000, 3);
        double m0 = Arrays.stream(data.x()).mapToDouble(r -> r[0]).average().orElseThrow();
        double m1 = Arrays.stream(data.x()).mapToDouble(r -> r[1]).average().orElseThrow();
        assertThat(phi[0]).isCloseTo(3 * (0.9 - m0), within(0.05));
        assertThat(phi[1]).isCloseTo(2 * (0.1 - m1), within(0.05));
        assertThat(ShapleyValues.ranking(additive, data.x(), Arrays.copyOf(data.x(), 20), 200, 1))
                .extracting(ShapleyValues.Ranked::feature).containsExactly("x0", "x1");
    }

    @Test
    void whatIfSetsTheNamedFeaturesOfTheBaseRowAndRefusesUnknownOnes() {
        Regressor model = Synthetic.function((x0, x1) -> 3 * x0 + 2 * x1, 0.5);
        WhatIf.Prediction p = WhatIf.predict(model, new double[] {1, 1}, Map.of("x1", 4.0));
        assertThat(p.mean()).isEqualTo(11);
        assertThat(p.sigma()).isEqualTo(0.5);
        assertThat(WhatIf.predict(model, new double[] {1, 1}, Map.of("x0", 0.0, "x1", 0.0)).mean()).isZero();
        assertThatThrownBy(() -> WhatIf.predict(model, new double[] {1, 1}, Map.of("x9", 4.0)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no feature 'x9'; its features are [x0, x1]");
        assertThatThrownBy(() -> WhatIf.predict(model, new double[] {1}, Map.of("x0", 4.0)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("needs 2 values");
    }

    /** The table with its two columns in the other order (x1 first), so that table order and rank differ. */
    private static TrainingSet swap(TrainingSet t) {
        double[][] x = Arrays.stream(t.x()).map(r -> new double[] {r[1], r[0]}).toArray(double[][]::new);
        return new TrainingSet(List.of("x1", "x0"), x, t.y());
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }
}
