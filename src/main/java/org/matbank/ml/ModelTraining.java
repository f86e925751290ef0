package org.matbank.ml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The training procedure, apart from storage: nested cross-validation of the model choice (one
 * candidate when the kind is given), recalibration of sigma on inner out-of-fold residuals, the
 * final fit on all rows, and the analysis of the final model (SHAP and permutation importance).
 * Deterministic for a seed.
 */
final class ModelTraining {

    /** SHAP by sampling: rows explained and permutations per row (models without native SHAP). */
    private static final int SHAP_ROWS = 60;
    private static final int SHAP_SAMPLES = 64;
    private static final int PERMUTATION_REPEATS = 5;
    /** Partial dependence: the most important features, each over this many grid values. */
    private static final int PDP_FEATURES = 6;
    private static final int PDP_POINTS = 20;

    /**
     * What training gave.
     *
     * @param model the final model fitted on all rows
     * @param scale its recalibration
     * @param chosen the candidate trained on all rows
     */
    record Outcome(Regressor model, Recalibration scale, ModelSelection.Candidate chosen, ModelEvaluation evaluation,
            ModelAnalysis analysis, FeatureDomain domain) {
    }

    private ModelTraining() {
    }

    static Outcome run(List<ModelSelection.Candidate> candidates, TrainingSet data, List<UUID> materials, List<ModelAnalysis.InputRange> inputs,
            int folds, long seed) {
        int k = Math.min(folds, data.rows());
        Folds outer = Folds.kFold(data.rows(), k, seed);
        return candidates.size() == 1 ? single(candidates.get(0), data, materials, inputs, outer, seed)
                : chosen(candidates, data, materials, inputs, outer, seed);
    }

    /**
     * One learner: k fits for the out-of-fold predictions and one on all rows. The recalibration is
     * cross-fitted: each fold's sigma is scaled by the factor fitted on the other folds' residuals,
     * so the reported calibration is measured on residuals the factor never saw; the model keeps
     * the factor fitted on all out-of-fold residuals.
     */
    private static Outcome single(ModelSelection.Candidate candidate, TrainingSet data, List<UUID> materials,
            List<ModelAnalysis.InputRange> inputs, Folds outer, long seed) {
        CrossValidation.OutOfFold oof = CrossValidation.run(candidate.learner(), data, outer, seed).outOfFold();
        double[] calibrated = new double[data.rows()];
        for (int f = 0; f < outer.size(); f++) {
            int fold = f;
            int[] others = java.util.stream.IntStream.range(0, data.rows()).filter(i -> oof.fold()[i] != fold).toArray();
            Recalibration scale = Recalibration.fit(pick(data.y(), others), pick(oof.mean(), others), pick(oof.sigma(), others));
            for (int i : outer.splits().get(f).test()) {
                calibrated[i] = oof.sigma()[i] * scale.scale();
            }
        }
        Recalibration scale = Recalibration.fit(data.y(), oof.mean(), oof.sigma());
        Regressor model = candidate.learner().fit(data, seed);
        String method = outer.size() + "-fold cross-validation; sigma recalibrated by one factor, cross-fitted (each fold's"
                + " factor fitted on the other folds' residuals)";
        ModelEvaluation evaluation = new ModelEvaluation(method, outer.size(), Metrics.of(data.y(), oof.mean(), calibrated),
                Metrics.of(data.y(), oof.mean(), oof.sigma()), List.of(candidate.name()),
                parity(data, materials, oof.mean(), calibrated, oof.fold()));
        return new Outcome(model, scale, candidate, evaluation, analyse(model, scale, data, inputs, seed), FeatureDomain.of(data));
    }

    /** Several candidates: nested cross-validation of the automatic choice, then the choice on all rows. */
    private static Outcome chosen(List<ModelSelection.Candidate> candidates, TrainingSet data, List<UUID> materials,
            List<ModelAnalysis.InputRange> inputs, Folds outer, long seed) {
        int inner = Math.min(5, Math.max(2, outer.size() - 1));
        ModelSelection selection = new ModelSelection(candidates, inner);
        ModelSelection.Report report = selection.evaluate(data, outer, seed);
        ModelSelection.Selected selected = report.selected();
        CrossValidation.OutOfFold oof = report.outer().outOfFold();
        List<String> choices = new ArrayList<>();
        report.perOuterFold().forEach(c -> choices.add(c.candidate().name()));
        choices.add(selected.choice().candidate().name());
        Metrics raw = selected.choice().scores().get(selected.choice().index()).metrics();
        String method = outer.size() + "-fold cross-validation of the automatic choice among " + candidates.size()
                + " candidates (an inner " + inner + "-fold cross-validation in each fold chooses and recalibrates sigma)";
        ModelEvaluation evaluation = new ModelEvaluation(method, outer.size(), report.outer().pooled(), raw, choices,
                parity(data, materials, oof.mean(), oof.sigma(), oof.fold()));
        Recalibration scale = selected.choice().recalibration();
        return new Outcome(selected.model(), scale, selected.choice().candidate(), evaluation,
                analyse(selected.model(), scale, data, inputs, seed), FeatureDomain.of(data));
    }

    private static List<ModelEvaluation.ParityPoint> parity(TrainingSet data, List<UUID> materials, double[] mean, double[] sigma,
            int[] fold) {
        List<ModelEvaluation.ParityPoint> parity = new ArrayList<>(data.rows());
        for (int i = 0; i < data.rows(); i++) {
            parity.add(new ModelEvaluation.ParityPoint(materials.get(i), data.y()[i], mean[i], sigma[i], fold[i]));
        }
        return parity;
    }

    private static double[] pick(double[] values, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    /**
     * SHAP (native for tree ensembles, sampled otherwise) and permutation importance of the final
     * model on its training rows, and the partial dependence of the most important features.
     */
    static ModelAnalysis analyse(Regressor model, Recalibration scale, TrainingSet data, List<ModelAnalysis.InputRange> inputs, long seed) {
        double[] shap = meanAbsShap(model, data, seed);
        List<PermutationImportance.Importance> permutation = PermutationImportance.of(model, data, PERMUTATION_REPEATS, seed);
        List<ModelAnalysis.FeatureImportance> importance = new ArrayList<>();
        for (int j = 0; j < data.features().size(); j++) {
            PermutationImportance.Importance p = permutation.get(j);
            importance.add(new ModelAnalysis.FeatureImportance(data.features().get(j), shap[j], p.rmseIncrease(), p.rmseIncreaseSd()));
        }
        importance.sort(Comparator.comparingDouble(ModelAnalysis.FeatureImportance::shap).reversed()
                .thenComparing(Comparator.comparingDouble(ModelAnalysis.FeatureImportance::permutation).reversed()));
        List<ModelAnalysis.Dependence> curves = new ArrayList<>();
        double[][] rows = sample(data.x(), SHAP_ROWS);
        for (ModelAnalysis.FeatureImportance f : importance.subList(0, Math.min(PDP_FEATURES, importance.size()))) {
            PartialDependence.Curve c = PartialDependence.of(model, rows, f.feature(), PDP_POINTS);
            double[] sigma = c.sigma().clone();
            for (int g = 0; g < sigma.length; g++) {
                sigma[g] *= scale.scale();
            }
            curves.add(new ModelAnalysis.Dependence(c.feature(), c.grid(), c.mean(), sigma));
        }
        return new ModelAnalysis(importance, curves, inputs);
    }

    private static double[] meanAbsShap(Regressor model, TrainingSet data, long seed) {
        int p = data.features().size();
        double[] mean = new double[p];
        if (model instanceof Explained explained) {
            double[][] contributions = explained.contributions(data.x());
            for (double[] row : contributions) {
                for (int j = 0; j < p; j++) {
                    mean[j] += Math.abs(row[j]) / contributions.length;
                }
            }
            return mean;
        }
        double[][] rows = sample(data.x(), SHAP_ROWS);
        Map<String, Double> ranked = new java.util.HashMap<>();
        ShapleyValues.ranking(model, data.x(), rows, SHAP_SAMPLES, seed).forEach(r -> ranked.put(r.feature(), r.meanAbs()));
        for (int j = 0; j < p; j++) {
            mean[j] = ranked.getOrDefault(data.features().get(j), 0.0);
        }
        return mean;
    }

    /** At most {@code n} rows, evenly spaced (deterministic; the training rows are in table order). */
    private static double[][] sample(double[][] x, int n) {
        if (x.length <= n) {
            return x;
        }
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = x[(int) ((long) i * x.length / n)];
        }
        return out;
    }
}
