package org.matbank.ml;

import java.util.Objects;

/**
 * Predictions for a batch of rows: the predicted value and its standard uncertainty (one standard
 * deviation of a normal distribution, in the target's SI unit), row by row.
 */
public record Predictions(double[] mean, double[] sigma) {

    public Predictions {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(sigma, "sigma");
        if (mean.length != sigma.length) {
            throw new IllegalArgumentException(mean.length + " means but " + sigma.length + " sigmas");
        }
    }

    public int size() {
        return mean.length;
    }
}
