package org.matbank.ml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/**
 * Gradient-boosted regression trees (XGBoost, Chen and Guestrin 2016) with an ensemble of boosters
 * for the uncertainty: each member is trained on a bootstrap resample of the rows (Efron 1979) with
 * its own seed; the prediction is the mean of the members' predictions and sigma their standard
 * deviation. The bootstrap was chosen over members that differ only in their seed by measurement
 * (docs/models/gradient_boosting.md): seeds alone gave spreads several times too narrow.
 *
 * @param rounds boosting rounds (trees) per member
 * @param eta learning rate (shrinkage of each tree)
 * @param maxDepth maximal depth of a tree
 * @param subsample fraction of the rows each tree sees
 * @param colsampleByTree fraction of the features each tree sees
 * @param minChildWeight minimal sum of hessians (rows, for squared error) in a leaf
 * @param lambda L2 regularisation of the leaf weights
 * @param ensembleSize number of boosters (at least 2: sigma is their spread)
 */
public record GradientBoosting(int rounds, double eta, int maxDepth, double subsample, double colsampleByTree,
        double minChildWeight, double lambda, int ensembleSize) implements Learner {

    public GradientBoosting {
        List<Violation> problems = new ArrayList<>();
        check(problems, "rounds", rounds, rounds >= 1 && rounds <= 100_000, "a whole number from 1 to 100000");
        check(problems, "eta", eta, eta > 0 && eta <= 1, "a number above 0 and at most 1");
        check(problems, "maxDepth", maxDepth, maxDepth >= 1 && maxDepth <= 20, "a whole number from 1 to 20");
        check(problems, "subsample", subsample, subsample > 0 && subsample <= 1, "a number above 0 and at most 1");
        check(problems, "colsampleByTree", colsampleByTree, colsampleByTree > 0 && colsampleByTree <= 1,
                "a number above 0 and at most 1");
        check(problems, "minChildWeight", minChildWeight, minChildWeight >= 0 && Double.isFinite(minChildWeight),
                "a finite number of at least 0");
        check(problems, "lambda", lambda, lambda >= 0 && Double.isFinite(lambda), "a finite number of at least 0");
        check(problems, "ensembleSize", ensembleSize, ensembleSize >= 2 && ensembleSize <= 200,
                "a whole number from 2 to 200 (sigma is the spread of the members)");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, problems);
        }
    }

    /** Depth 4, learning rate 0.05, 500 rounds, 80 % of the rows per tree, 10 boosters. */
    public static GradientBoosting defaults() {
        return new GradientBoosting(500, 0.05, 4, 0.8, 1.0, 1.0, 1.0, 10);
    }

    private static void check(List<Violation> problems, String name, Object value, boolean ok, String rule) {
        if (!ok) {
            problems.add(new Violation("parameters." + name, "gradient-boosting." + name, value,
                    "the gradient-boosting parameter " + name + " must be " + rule + ", not " + value));
        }
    }

    @Override
    public ModelKind kind() {
        return ModelKind.GRADIENT_BOOSTING;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("rounds", rounds);
        p.put("eta", eta);
        p.put("maxDepth", maxDepth);
        p.put("subsample", subsample);
        p.put("colsampleByTree", colsampleByTree);
        p.put("minChildWeight", minChildWeight);
        p.put("lambda", lambda);
        p.put("ensembleSize", ensembleSize);
        return p;
    }

    /** The parameters from a model document's "parameters" object (the names of {@link #parameters()}). */
    static GradientBoosting of(Map<String, Number> p) {
        return new GradientBoosting(p.get("rounds").intValue(), p.get("eta").doubleValue(),
                p.get("maxDepth").intValue(), p.get("subsample").doubleValue(),
                p.get("colsampleByTree").doubleValue(), p.get("minChildWeight").doubleValue(),
                p.get("lambda").doubleValue(), p.get("ensembleSize").intValue());
    }

    @Override
    public GradientBoostingRegressor fit(TrainingSet data, long seed) {
        return fit(data, seed, Resampling.BOOTSTRAP);
    }

    /** Fits with the members resampled as given: the other scheme is kept for the measurement that chose. */
    GradientBoostingRegressor fit(TrainingSet data, long seed, Resampling resampling) {
        return new BoosterTraining(this, data, resampling).ensemble(seed);
    }

    /** How the members of the ensemble differ. */
    enum Resampling {
        /** Each member sees a bootstrap resample of the rows (as row weights) and its own seed. */
        BOOTSTRAP,
        /** Each member sees all rows; only the seed of its row and feature subsampling differs. */
        SEEDS
    }
}
