package org.matbank.ml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Permutation importance (Breiman 2001; Fisher, Rudin and Dominici 2019): how much worse a fitted
 * model predicts rows when one feature's column is shuffled, breaking its link to the target. Best
 * measured on rows the model did not train on. Each feature is permuted {@code repeats} times.
 */
public final class PermutationImportance {

    private PermutationImportance() {
    }

    /**
     * One feature's importance: the drop in R² and the increase in RMSE, mean and standard deviation over the repeats.
     */
    public record Importance(String feature, double r2Drop, double r2DropSd, double rmseIncrease, double rmseIncreaseSd) {
    }

    /** Every feature's importance, in the order of the table's features; deterministic for a seed. See {@link #ranked}. */
    public static List<Importance> of(Regressor model, TrainingSet data, int repeats, long seed) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, not " + repeats);
        }
        if (!model.features().equals(data.features())) {
            throw new IllegalArgumentException("the model's features differ from the table's: " + model.features() + " vs " + data.features());
        }
        // accuracy only: sigma is not asked for (see Regressor.predictMean), so the metrics get a unit sigma
        double[] unit = new double[data.rows()];
        java.util.Arrays.fill(unit, 1);
        Metrics reference = Metrics.of(data.y(), model.predictMean(data.x()), unit);
        double[][] x = new double[data.rows()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = data.x()[i].clone();
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Importance> result = new ArrayList<>();
        for (int f = 0; f < data.features().size(); f++) {
            double[] r2 = new double[repeats];
            double[] rmse = new double[repeats];
            for (int k = 0; k < repeats; k++) {
                permuteColumn(x, data.x(), f, random);
                Metrics m = Metrics.of(data.y(), model.predictMean(x), unit);
                r2[k] = reference.r2() - m.r2();
                rmse[k] = m.rmse() - reference.rmse();
            }
            for (int i = 0; i < x.length; i++) {
                x[i][f] = data.x()[i][f];
            }
            result.add(new Importance(data.features().get(f), mean(r2), sd(r2), mean(rmse), sd(rmse)));
        }
        return List.copyOf(result);
    }

    /** The importances most important (largest R² drop, then largest RMSE increase) first. */
    public static List<Importance> ranked(List<Importance> importances) {
        List<Importance> sorted = new ArrayList<>(importances);
        sorted.sort(Comparator.comparingDouble(Importance::r2Drop).thenComparingDouble(Importance::rmseIncrease).reversed());
        return List.copyOf(sorted);
    }

    private static void permuteColumn(double[][] x, double[][] original, int f, SplittableRandom random) {
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int i = 0; i < x.length; i++) {
            x[i][f] = original[order[i]][f];
        }
    }

    static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    static double sd(double[] v) {
        if (v.length < 2) {
            return 0;
        }
        double m = mean(v);
        double s = 0;
        for (double d : v) {
            s += (d - m) * (d - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }
}
