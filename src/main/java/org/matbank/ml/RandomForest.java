package org.matbank.ml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/**
 * MatBank's random forest of CART regression trees (Breiman 2001) with the bias-corrected
 * infinitesimal-jackknife and jackknife-after-bootstrap uncertainty of Wager, Hastie &amp; Efron
 * (JMLR 15:1625, 2014); docs/models/random_forest.md gives the formulas and the JSON document.
 *
 * @param trees the number of trees, each grown on its own bootstrap sample (at least 2: the
 *     jackknife compares trees)
 * @param maxFeatures the fraction of the features tried at each split (1.0: all, as usual for regression)
 * @param minLeaf the fewest distinct training rows in a leaf
 * @param maxDepth the deepest a tree may grow (the root has depth 0)
 * @param noise whether sigma adds the out-of-bag noise variance (predicting an observation) to
 *     the jackknife variance of the forest's mean
 */
public record RandomForest(int trees, double maxFeatures, int minLeaf, int maxDepth, boolean noise) implements Learner {

    /** Deep enough never to be the limit on data of the size MatBank trains on. */
    public static final int UNLIMITED_DEPTH = 64;

    public RandomForest {
        List<Violation> problems = new ArrayList<>();
        if (trees < 2 || trees > 100_000) {
            problems.add(new Violation("randomForest.trees", "randomForest.trees", trees,
                    "a forest needs between 2 and 100000 trees, not " + trees));
        }
        if (!(maxFeatures > 0 && maxFeatures <= 1)) {
            problems.add(new Violation("randomForest.maxFeatures", "randomForest.maxFeatures", maxFeatures,
                    "the fraction of features tried at a split must be in (0, 1], not " + maxFeatures));
        }
        if (minLeaf < 1) {
            problems.add(new Violation("randomForest.minLeaf", "randomForest.minLeaf", minLeaf,
                    "a leaf needs at least 1 row, not " + minLeaf));
        }
        if (maxDepth < 1 || maxDepth > UNLIMITED_DEPTH) {
            problems.add(new Violation("randomForest.maxDepth", "randomForest.maxDepth", maxDepth,
                    "the depth limit must be between 1 and " + UNLIMITED_DEPTH + ", not " + maxDepth));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, problems);
        }
    }

    /** 200 fully grown trees trying every feature at every split; sigma includes the noise. */
    public RandomForest() {
        this(200, 1.0, 1, UNLIMITED_DEPTH, true);
    }

    /** The defaults with this many trees. */
    public static RandomForest ofTrees(int trees) {
        return new RandomForest(trees, 1.0, 1, UNLIMITED_DEPTH, true);
    }

    @Override
    public ModelKind kind() {
        return ModelKind.RANDOM_FOREST;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("trees", trees);
        p.put("maxFeatures", maxFeatures);
        p.put("minLeaf", minLeaf);
        p.put("maxDepth", maxDepth);
        p.put("noise", noise);
        return p;
    }

    @Override
    public RandomForestRegressor fit(TrainingSet data, long seed) {
        return ForestTrainer.train(this, data, seed);
    }

    /** The forest a {@link RandomForestRegressor#toJson()} document holds. */
    public static RandomForestRegressor read(byte[] json) {
        return ForestJson.read(json);
    }
}
