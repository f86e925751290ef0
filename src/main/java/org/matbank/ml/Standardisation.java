package org.matbank.ml;

/**
 * Centres and scales features by the training mean and standard deviation. A missing value (NaN)
 * becomes the training mean, i.e. 0 after scaling; a constant feature keeps scale 1 so it maps to 0.
 */
record Standardisation(double[] mean, double[] scale) {

    static Standardisation of(double[][] x, int columns) {
        double[] mean = new double[columns];
        double[] scale = new double[columns];
        for (int j = 0; j < columns; j++) {
            double sum = 0;
            int count = 0;
            for (double[] row : x) {
                if (!Double.isNaN(row[j])) {
                    sum += row[j];
                    count++;
                }
            }
            double m = count == 0 ? 0 : sum / count;
            double ss = 0;
            for (double[] row : x) {
                if (!Double.isNaN(row[j])) {
                    ss += (row[j] - m) * (row[j] - m);
                }
            }
            double sd = count < 2 ? 0 : Math.sqrt(ss / (count - 1));
            mean[j] = m;
            scale[j] = sd > 0 && Double.isFinite(sd) ? sd : 1;
        }
        return new Standardisation(mean, scale);
    }

    /** Mean and sample standard deviation of a target (scale 1 when constant). */
    static double[] ofTarget(double[] y) {
        double sum = 0;
        for (double v : y) {
            sum += v;
        }
        double m = sum / y.length;
        double ss = 0;
        for (double v : y) {
            ss += (v - m) * (v - m);
        }
        double sd = y.length < 2 ? 0 : Math.sqrt(ss / (y.length - 1));
        return new double[] {m, sd > 0 ? sd : 1};
    }

    double[] apply(double[] row) {
        double[] z = new double[mean.length];
        for (int j = 0; j < z.length; j++) {
            z[j] = Double.isNaN(row[j]) ? 0 : (row[j] - mean[j]) / scale[j];
        }
        return z;
    }

    double[][] apply(double[][] rows) {
        double[][] z = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            z[i] = apply(rows[i]);
        }
        return z;
    }
}
