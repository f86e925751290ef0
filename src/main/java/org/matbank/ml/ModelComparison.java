package org.matbank.ml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every candidate's own nested cross-validation (its sigma recalibrated on its inner out-of-fold
 * residuals) and the automatic choice among them, from one set of fits: in each outer split the
 * inner cross-validation of {@link ModelSelection#choose} scores every candidate anyway, and every
 * candidate is fitted on the outer train rows once. The automatic result is the one
 * {@link ModelSelection#evaluate} gives for the same seed (without its final fit on all rows).
 *
 * @param perCandidate by candidate name: outer results, sigma recalibrated; fit seconds = its inner and outer fits
 * @param raw by candidate name: the same predictions with the model's raw sigma
 * @param automatic the outer results of the automatic choice; fit seconds = every inner fit and the chosen outer fit
 * @param perOuterFold the choice made in each outer split
 */
public record ModelComparison(Map<String, CrossValidation.Result> perCandidate, Map<String, CrossValidation.Result> raw,
        CrossValidation.Result automatic, List<ModelSelection.Choice> perOuterFold) {

    /** Runs the comparison over the outer splits; deterministic for a seed. */
    public static ModelComparison run(ModelSelection selection, TrainingSet data, Folds outer, long seed) {
        List<ModelSelection.Candidate> candidates = selection.candidates();
        List<List<CrossValidation.Fold>> calibrated = new ArrayList<>();
        List<List<CrossValidation.Fold>> raw = new ArrayList<>();
        candidates.forEach(c -> {
            calibrated.add(new ArrayList<>());
            raw.add(new ArrayList<>());
        });
        List<CrossValidation.Fold> automatic = new ArrayList<>();
        List<ModelSelection.Choice> choices = new ArrayList<>();
        for (int f = 0; f < outer.size(); f++) {
            Folds.Split split = outer.splits().get(f);
            TrainingSet train = data.subset(split.train());
            double[][] test = data.subset(split.test()).x();
            long s = CrossValidation.foldSeed(seed, f);
            ModelSelection.Choice choice = selection.choose(train, s);
            choices.add(choice);
            double innerSeconds = choice.scores().stream().mapToDouble(ModelSelection.Score::fitSeconds).sum();
            for (int c = 0; c < candidates.size(); c++) {
                long start = System.nanoTime();
                Regressor model = candidates.get(c).learner().fit(train, s);
                double seconds = (System.nanoTime() - start) / 1e9;
                Predictions p = model.predict(test);
                ModelSelection.Score score = choice.scores().get(c);
                Predictions scaled = score.recalibration().apply(p);
                raw.get(c).add(CrossValidation.fold(data, split.test(), p, seconds));
                calibrated.get(c).add(CrossValidation.fold(data, split.test(), scaled, score.fitSeconds() + seconds));
                if (c == choice.index()) {
                    automatic.add(CrossValidation.fold(data, split.test(), scaled, innerSeconds + seconds));
                }
            }
        }
        Map<String, CrossValidation.Result> perCandidate = new LinkedHashMap<>();
        Map<String, CrossValidation.Result> rawResults = new LinkedHashMap<>();
        for (int c = 0; c < candidates.size(); c++) {
            perCandidate.put(candidates.get(c).name(), CrossValidation.result(data, calibrated.get(c)));
            rawResults.put(candidates.get(c).name(), CrossValidation.result(data, raw.get(c)));
        }
        return new ModelComparison(perCandidate, rawResults, CrossValidation.result(data, automatic), List.copyOf(choices));
    }
}
