package org.matbank.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

/** Cross-validation, recalibration and nested model selection on synthetic data with a known answer. */
class EvaluationTest {

    private static final DoubleBinaryOperator LINEAR_IN_X0 = (x0, x1) -> 10 * x0;

    /** Predicts the training mean with the training spread: what any useful model must beat. */
    private record MeanOnly() implements Learner {
        @Override
        public ModelKind kind() {
            return ModelKind.LINEAR;
        }

        @Override
        public Map<String, Object> parameters() {
            return Map.of("mean", true);
        }

        @Override
        public Regressor fit(TrainingSet data, long seed) {
            double mean = Arrays.stream(data.y()).average().orElseThrow();
            double sd = Math.sqrt(Arrays.stream(data.y()).map(y -> (y - mean) * (y - mean)).average().orElseThrow());
            return Synthetic.function((a, b) -> mean, sd);
        }
    }

    @Test
    void crossValidationPredictsEveryRowOnceFromTheFoldThatDidNotTrainOnIt() {
        TrainingSet data = Synthetic.table(120, LINEAR_IN_X0, 0.2, 1);
        Folds folds = Folds.kFold(120, 4, 3);
        CrossValidation.Result result = CrossValidation.run(new NearestNeighbours(5), data, folds, 3);
        CrossValidation.OutOfFold oof = result.outOfFold();
        for (int f = 0; f < 4; f++) {
            for (int r : folds.splits().get(f).test()) {
                assertThat(oof.fold()[r]).isEqualTo(f);
            }
        }
        assertThat(result.fitSeconds()).hasSize(4);
        Metrics byRow = Metrics.of(data.y(), oof.mean(), oof.sigma());
        assertThat(result.pooled().rmse()).isCloseTo(byRow.rmse(), within(1e-12));
        assertThat(result.pooled().nll()).isCloseTo(byRow.nll(), within(1e-12));
        assertThat(result.pooled().r2()).as("kNN learns y = 10 x0").isGreaterThan(0.9);
    }

    @Test
    void recalibrationFixesASigmaThreeTimesTooSmall() {
        // the noise has sd 1; the learner claims 1/3
        TrainingSet data = Synthetic.table(600, LINEAR_IN_X0, 1, 2);
        Learner overconfident = Synthetic.known(LINEAR_IN_X0, 1.0 / 3);
        Recalibration scale = Recalibration.nested(overconfident, data, Folds.kFold(600, 5, 1), 1);
        assertThat(scale.scale()).isCloseTo(3, within(0.3));

        Metrics raw = CrossValidation.run(overconfident, data, Folds.kFold(600, 5, 4), 4).pooled();
        assertThat(raw.sdZ()).isGreaterThan(2.5);
        assertThat(raw.coverage95()).isLessThan(0.7);
        // the honest figure: scale fitted inside each outer training set only
        ModelSelection only = new ModelSelection(List.of(ModelSelection.Candidate.of(overconfident)), 5);
        Metrics calibrated = only.evaluate(data, Folds.kFold(600, 5, 4), 4).outer().pooled();
        assertThat(calibrated.sdZ()).isBetween(0.9, 1.1);
        assertThat(calibrated.coverage95()).isBetween(0.92, 0.98);
        assertThat(calibrated.nll()).isLessThan(raw.nll());
        assertThat(calibrated.rmse()).isEqualTo(raw.rmse());
    }

    @Test
    void nestedSelectionPicksTheBetterLearnerInEveryOuterFoldAndIsDeterministicForASeed() {
        TrainingSet data = Synthetic.table(150, LINEAR_IN_X0, 0.3, 5);
        ModelSelection selection = new ModelSelection(List.of(
                new ModelSelection.Candidate("mean", new MeanOnly()), new ModelSelection.Candidate("knn5", new NearestNeighbours(5))), 4);
        ModelSelection.Report report = selection.evaluate(data, Folds.kFold(150, 5, 11), 11);
        assertThat(report.choiceCounts()).containsExactly(Map.entry("knn5", 5));
        assertThat(report.selected().choice().candidate().name()).isEqualTo("knn5");
        assertThat(report.selected().choice().scores()).extracting(ModelSelection.Score::candidate).containsExactly("mean", "knn5");
        assertThat(report.outer().pooled().r2()).isGreaterThan(0.9);
        assertThat(report.selected().predict(new double[][] {{0.5, 0.5}}).mean()[0]).isCloseTo(5, within(0.5));

        ModelSelection.Report again = selection.evaluate(data, Folds.kFold(150, 5, 11), 11);
        assertThat(again.outer().pooled()).isEqualTo(report.outer().pooled());
        assertThat(again.selected().choice().recalibration()).isEqualTo(report.selected().choice().recalibration());
    }

    @Test
    void theComparisonGivesEachCandidateAndTheSameAutomaticResultAsTheNestedSelection() {
        TrainingSet data = Synthetic.table(100, LINEAR_IN_X0, 0.3, 8);
        ModelSelection selection = new ModelSelection(List.of(
                new ModelSelection.Candidate("mean", new MeanOnly()), new ModelSelection.Candidate("knn5", new NearestNeighbours(5))), 3);
        Folds outer = Folds.kFold(100, 4, 2);
        ModelComparison comparison = ModelComparison.run(selection, data, outer, 2);
        Metrics nested = selection.evaluate(data, outer, 2).outer().pooled();
        assertThat(comparison.automatic().pooled().rmse()).isCloseTo(nested.rmse(), within(1e-12));
        assertThat(comparison.automatic().pooled().nll()).isCloseTo(nested.nll(), within(1e-12));
        assertThat(comparison.perCandidate().get("knn5").pooled().rmse()).isCloseTo(nested.rmse(), within(1e-12));
        assertThat(comparison.perCandidate().get("mean").pooled().r2()).isLessThan(0.05);
        assertThat(comparison.raw().get("knn5").pooled().rmse()).isCloseTo(nested.rmse(), within(1e-12));
    }

    @Test
    void equalCandidatesAreTiedAndTheFirstIsKept() {
        TrainingSet data = Synthetic.table(60, LINEAR_IN_X0, 0.3, 6);
        ModelSelection selection = new ModelSelection(List.of(
                new ModelSelection.Candidate("a", new NearestNeighbours(3)), new ModelSelection.Candidate("b", new NearestNeighbours(3))), 3);
        assertThat(selection.choose(data, 1).candidate().name()).isEqualTo("a");
    }
}
