package org.matbank.ml;

import java.util.ArrayList;
import java.util.List;

/**
 * The training domain of a model, feature by feature: the range of the values it was trained on.
 * A row to predict lies outside the domain when one of its features is outside that range, or is
 * given for a feature the training data never had; its prediction is then an extrapolation, and
 * the answer says so and names the features.
 *
 * @param features the feature names
 * @param min per feature, the smallest training value (NaN when the training data had none)
 * @param max per feature, the largest training value
 * @param missing per feature, whether some training rows lacked it (then a missing value is in the domain)
 */
public record FeatureDomain(List<String> features, double[] min, double[] max, boolean[] missing) {

    /** The domain of a training set. */
    public static FeatureDomain of(TrainingSet data) {
        int p = data.features().size();
        double[] min = new double[p];
        double[] max = new double[p];
        boolean[] missing = new boolean[p];
        java.util.Arrays.fill(min, Double.NaN);
        java.util.Arrays.fill(max, Double.NaN);
        for (double[] row : data.x()) {
            for (int j = 0; j < p; j++) {
                double v = row[j];
                if (Double.isNaN(v)) {
                    missing[j] = true;
                } else {
                    min[j] = Double.isNaN(min[j]) ? v : Math.min(min[j], v);
                    max[j] = Double.isNaN(max[j]) ? v : Math.max(max[j], v);
                }
            }
        }
        return new FeatureDomain(data.features(), min, max, missing);
    }

    /** The features of this row that lie outside the domain; empty when the row is inside. */
    public List<String> outside(double[] row) {
        List<String> out = new ArrayList<>();
        for (int j = 0; j < features.size(); j++) {
            if (!inside(row, j)) {
                out.add(features.get(j));
            }
        }
        return out;
    }

    /** Whether every feature of this row lies inside the domain (no list made: for batches). */
    public boolean contains(double[] row) {
        for (int j = 0; j < features.size(); j++) {
            if (!inside(row, j)) {
                return false;
            }
        }
        return true;
    }

    private boolean inside(double[] row, int j) {
        double v = row[j];
        return Double.isNaN(v) ? missing[j] : !Double.isNaN(min[j]) && v >= tolerance(min[j], -1) && v <= tolerance(max[j], 1);
    }

    /** The bound widened by a relative 1e-9, so that a value converted back and forth from its unit stays inside. */
    private static double tolerance(double bound, int direction) {
        return bound + direction * Math.abs(bound) * 1e-9;
    }
}
