package org.matbank.ml;

/**
 * Partial dependence (Friedman 2001): the model's mean prediction over the given rows when one
 * feature (or two) is set to each value of a grid spanning its observed range; the other features
 * keep their values. Individual conditional expectation curves (Goldstein et al. 2015) are the same
 * per row, before averaging.
 */
public final class PartialDependence {

    private PartialDependence() {
    }

    /**
     * A 1-D curve: {@code mean[g]} and {@code sigma[g]} are the averages over rows of the predicted
     * mean and sigma at {@code grid[g]}; {@code ice[i][g]} row i's predicted mean there.
     */
    public record Curve(String feature, double[] grid, double[] mean, double[] sigma, double[][] ice) {
    }

    /** A 2-D surface: {@code mean[a][b]} at {@code gridA[a]}, {@code gridB[b]}. */
    public record Surface(String featureA, String featureB, double[] gridA, double[] gridB, double[][] mean) {
    }

    /** The curve of one feature over {@code points} evenly spaced values from its observed minimum to maximum. */
    public static Curve of(Regressor model, double[][] rows, String feature, int points) {
        int f = WhatIf.column(model, feature);
        double[] grid = grid(rows, f, points, feature);
        double[][] batch = new double[rows.length * grid.length][];
        for (int g = 0; g < grid.length; g++) {
            for (int i = 0; i < rows.length; i++) {
                double[] r = rows[i].clone();
                r[f] = grid[g];
                batch[g * rows.length + i] = r;
            }
        }
        Predictions p = model.predict(batch);
        double[] mean = new double[grid.length];
        double[] sigma = new double[grid.length];
        double[][] ice = new double[rows.length][grid.length];
        for (int g = 0; g < grid.length; g++) {
            for (int i = 0; i < rows.length; i++) {
                int k = g * rows.length + i;
                mean[g] += p.mean()[k] / rows.length;
                sigma[g] += p.sigma()[k] / rows.length;
                ice[i][g] = p.mean()[k];
            }
        }
        return new Curve(feature, grid, mean, sigma, ice);
    }

    /** The surface of two features over grids of their observed ranges. */
    public static Surface of(Regressor model, double[][] rows, String featureA, String featureB, int points) {
        int a = WhatIf.column(model, featureA);
        int b = WhatIf.column(model, featureB);
        if (a == b) {
            throw new IllegalArgumentException("a 2-D partial dependence needs two different features, not " + featureA + " twice");
        }
        double[] gridA = grid(rows, a, points, featureA);
        double[] gridB = grid(rows, b, points, featureB);
        double[][] mean = new double[gridA.length][gridB.length];
        double[][] batch = new double[rows.length * gridB.length][];
        for (int ga = 0; ga < gridA.length; ga++) {
            for (int gb = 0; gb < gridB.length; gb++) {
                for (int i = 0; i < rows.length; i++) {
                    double[] r = rows[i].clone();
                    r[a] = gridA[ga];
                    r[b] = gridB[gb];
                    batch[gb * rows.length + i] = r;
                }
            }
            double[] p = model.predict(batch).mean();
            for (int k = 0; k < p.length; k++) {
                mean[ga][k / rows.length] += p[k] / rows.length;
            }
        }
        return new Surface(featureA, featureB, gridA, gridB, mean);
    }

    /** Evenly spaced values over the column's observed range (missing values ignored); one value if the range is a point. */
    static double[] grid(double[][] rows, int f, int points, String feature) {
        if (points < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 points, not " + points);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] r : rows) {
            if (!Double.isNaN(r[f])) {
                min = Math.min(min, r[f]);
                max = Math.max(max, r[f]);
            }
        }
        if (min > max) {
            throw new IllegalArgumentException("feature " + feature + " has no observed value in these rows");
        }
        if (min == max) {
            return new double[] {min};
        }
        double[] grid = new double[points];
        for (int g = 0; g < points; g++) {
            grid[g] = min + (max - min) * g / (points - 1);
        }
        return grid;
    }
}
