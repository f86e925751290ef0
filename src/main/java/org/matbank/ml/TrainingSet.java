package org.matbank.ml;

import java.util.List;
import java.util.Objects;

/**
 * What a model learns from: a numeric matrix of features (one row per material, NaN where a value
 * is missing) and the target property in SI, one value per row. Built from a table; the arrays
 * are shared, not copied, so callers must not change them after handing them over.
 *
 * @param features the feature names, one per column of {@code x}
 * @param x rows of feature values
 * @param y the target values (finite)
 */
public record TrainingSet(List<String> features, double[][] x, double[] y) {

    public TrainingSet {
        features = List.copyOf(features);
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " rows but " + y.length + " target values");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != features.size()) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " values for " + features.size() + " features");
            }
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("target of row " + i + " is " + y[i]);
            }
        }
    }

    public int rows() {
        return y.length;
    }

    /** The rows at these indices (for cross-validation folds); the rows themselves are shared. */
    public TrainingSet subset(int[] rows) {
        double[][] sx = new double[rows.length][];
        double[] sy = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            sx[i] = x[rows[i]];
            sy[i] = y[rows[i]];
        }
        return new TrainingSet(features, sx, sy);
    }
}
