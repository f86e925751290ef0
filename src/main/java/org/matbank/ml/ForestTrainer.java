package org.matbank.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/** Fits a {@link RandomForest}: bootstrap samples drawn from the seed, one tree each. */
final class ForestTrainer {

    private ForestTrainer() {
    }

    static RandomForestRegressor train(RandomForest params, TrainingSet data, long seed) {
        check(data);
        int n = data.rows();
        int p = data.features().size();
        double[][] column = new double[p][n];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < p; f++) {
                column[f][i] = data.x()[i][f];
            }
        }
        int[][] sorted = new int[p][];
        for (int f = 0; f < p; f++) {
            double[] x = column[f];
            // Double.compare puts NaN last, where the grower looks for missing values
            sorted[f] = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> x[i]))
                    .mapToInt(Integer::intValue).toArray();
        }
        TreeGrower grower = new TreeGrower(column, data.y(), sorted, params);
        SplittableRandom random = new SplittableRandom(seed);
        Tree[] trees = new Tree[params.trees()];
        int[][] inBag = new int[params.trees()][n];
        for (int b = 0; b < trees.length; b++) {
            SplittableRandom treeRandom = random.split();
            for (int k = 0; k < n; k++) {
                inBag[b][treeRandom.nextInt(n)]++;
            }
            trees[b] = grower.grow(inBag[b], treeRandom);
        }
        double[] importance = normalised(grower.importance());
        double noise = params.noise() ? outOfBagError(trees, inBag, data) : 0;
        return new RandomForestRegressor(data.features(), trees, inBag, noise, importance,
                new ForestProvenance(params, seed));
    }

    /** The mean squared out-of-bag error: rows every tree saw are left out of it. */
    static double outOfBagError(Tree[] trees, int[][] inBag, TrainingSet data) {
        double sum = 0;
        int rows = 0;
        for (int i = 0; i < data.rows(); i++) {
            double s = 0;
            int k = 0;
            for (int b = 0; b < trees.length; b++) {
                if (inBag[b][i] == 0) {
                    s += trees[b].predict(data.x()[i]);
                    k++;
                }
            }
            if (k > 0) {
                double e = data.y()[i] - s / k;
                sum += e * e;
                rows++;
            }
        }
        return rows == 0 ? 0 : sum / rows;
    }

    private static double[] normalised(double[] gains) {
        double total = Arrays.stream(gains).sum();
        return Arrays.stream(gains).map(g -> total > 0 ? g / total : 0).toArray();
    }

    private static void check(TrainingSet data) {
        List<Violation> problems = new ArrayList<>();
        if (data.rows() < 2) {
            problems.add(new Violation("trainingSet.rows", "randomForest.rows", data.rows(),
                    "a random forest needs at least 2 training rows, not " + data.rows()));
        }
        if (data.features().isEmpty()) {
            problems.add(new Violation("trainingSet.features", "randomForest.features", 0,
                    "a random forest needs at least one feature"));
        }
        for (int i = 0; i < data.rows() && problems.size() < 10; i++) {
            for (int f = 0; f < data.features().size(); f++) {
                double v = data.x()[i][f];
                if (Double.isInfinite(v)) {
                    problems.add(new Violation("trainingSet.x[" + i + "][" + f + "]", "randomForest.finite", v,
                            "feature '" + data.features().get(f) + "' of row " + i + " is " + v
                                    + ": values must be finite numbers or NaN for missing"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, problems);
        }
    }
}
