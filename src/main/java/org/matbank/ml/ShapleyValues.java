package org.matbank.ml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Model-agnostic Shapley values by sampling (Štrumbelj and Kononenko 2014, "Explaining prediction
 * models and individual predictions with feature contributions", Knowl. Inf. Syst. 41:647): for
 * feature j of row x, each sample draws a random order of the features and a random background row
 * w; the contribution is f(x+) - f(x-), where x+ takes x's values for the features before j in the
 * order and for j itself, w's for the rest, and x- is the same but with w's value of j. The mean
 * over samples estimates the Shapley value; the values of a row sum, in expectation, to f(x) minus
 * the mean prediction over the background. For models without native SHAP.
 */
public final class ShapleyValues {

    private ShapleyValues() {
    }

    /** A feature's mean |Shapley value| over the explained rows. */
    public record Ranked(String feature, double meanAbs) {
    }

    /** The Shapley value of every feature for one row, with {@code samples} samples per feature. */
    public static double[] explain(Regressor model, double[][] background, double[] row, int samples, long seed) {
        if (samples < 1 || background.length == 0) {
            throw new IllegalArgumentException("Shapley sampling needs samples >= 1 (not " + samples + ") and background rows (" + background.length + ")");
        }
        int d = row.length;
        SplittableRandom random = new SplittableRandom(seed);
        double[] phi = new double[d];
        int[] order = new int[d];
        for (int j = 0; j < d; j++) {
            // one batch per feature: the samples' x+ rows, then their x- rows
            double[][] batch = new double[2 * samples][];
            for (int s = 0; s < samples; s++) {
                shuffle(order, random);
                double[] w = background[random.nextInt(background.length)];
                double[] plus = w.clone();
                for (int k = 0; k < d && order[k] != j; k++) {
                    plus[order[k]] = row[order[k]];
                }
                double[] minus = plus.clone();
                plus[j] = row[j];
                batch[s] = plus;
                batch[samples + s] = minus;
            }
            double[] f = model.predictMean(batch);
            double sum = 0;
            for (int s = 0; s < samples; s++) {
                sum += f[s] - f[samples + s];
            }
            phi[j] = sum / samples;
        }
        return phi;
    }

    /** Features ranked by mean |Shapley value| over the rows, largest first. */
    public static List<Ranked> ranking(Regressor model, double[][] background, double[][] rows, int samples, long seed) {
        List<String> names = model.features();
        double[] total = new double[names.size()];
        SplittableRandom seeds = new SplittableRandom(seed);
        for (double[] row : rows) {
            double[] phi = explain(model, background, row, samples, seeds.nextLong());
            for (int j = 0; j < total.length; j++) {
                total[j] += Math.abs(phi[j]) / rows.length;
            }
        }
        List<Ranked> ranked = new ArrayList<>();
        for (int j = 0; j < total.length; j++) {
            ranked.add(new Ranked(names.get(j), total[j]));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::meanAbs).reversed());
        return List.copyOf(ranked);
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[k];
            order[k] = t;
        }
    }
}
