package org.matbank.ml;

/**
 * Accuracy and calibration of predictions against known values. Residual r = y - mean; z = r / sigma.
 *
 * @param n the number of rows
 * @param r2 coefficient of determination, 1 - SS_res / SS_tot (NaN when all y are equal)
 * @param mae mean absolute residual
 * @param rmse root mean squared residual
 * @param nll mean Gaussian negative log-likelihood per row, natural log:
 *        0.5 ln(2 pi sigma^2) + r^2 / (2 sigma^2); infinite when a sigma is 0
 * @param sdZ standard deviation of z (1 for well-calibrated sigma)
 * @param coverage68 fraction of rows with |r| &lt;= sigma (0.683 expected)
 * @param coverage95 fraction of rows with |r| &lt;= 1.96 sigma (0.95 expected)
 */
public record Metrics(int n, double r2, double mae, double rmse, double nll, double sdZ, double coverage68, double coverage95) {

    private static final double LN_2PI = Math.log(2 * Math.PI);

    /** The metrics of these predictions; refused when lengths differ, there are no rows, or a sigma is negative or NaN. */
    public static Metrics of(double[] y, double[] mean, double[] sigma) {
        if (y.length != mean.length || y.length != sigma.length) {
            throw new IllegalArgumentException(y.length + " values, " + mean.length + " means and " + sigma.length + " sigmas");
        }
        if (y.length == 0) {
            throw new IllegalArgumentException("metrics need at least one row");
        }
        int n = y.length;
        double yMean = 0;
        for (double v : y) {
            yMean += v / n;
        }
        double ssRes = 0;
        double ssTot = 0;
        double abs = 0;
        double nll = 0;
        double zSum = 0;
        double zSq = 0;
        int in68 = 0;
        int in95 = 0;
        for (int i = 0; i < n; i++) {
            double s = sigma[i];
            if (!(s >= 0)) {
                throw new IllegalArgumentException("sigma of row " + i + " is " + s + ": it must be a number >= 0");
            }
            double r = y[i] - mean[i];
            ssRes += r * r;
            ssTot += (y[i] - yMean) * (y[i] - yMean);
            abs += Math.abs(r);
            double z = r == 0 ? 0 : r / s;
            // a sigma of 0 claims certainty: no finite likelihood rewards it, even when the residual is 0
            nll += s == 0 ? Double.POSITIVE_INFINITY : 0.5 * (LN_2PI + 2 * Math.log(s)) + 0.5 * z * z;
            zSum += z;
            zSq += z * z;
            in68 += Math.abs(r) <= s ? 1 : 0;
            in95 += Math.abs(r) <= 1.96 * s ? 1 : 0;
        }
        double zMean = zSum / n;
        double sdZ = n > 1 ? Math.sqrt(Math.max(0, (zSq - n * zMean * zMean) / (n - 1))) : Double.NaN;
        return new Metrics(n, ssTot == 0 ? Double.NaN : 1 - ssRes / ssTot, abs / n, Math.sqrt(ssRes / n), nll / n, sdZ,
                (double) in68 / n, (double) in95 / n);
    }

    /** The mean of several metrics, field by field (as for concrete's 20 splits); n is the total. */
    public static Metrics average(java.util.List<Metrics> all) {
        if (all.isEmpty()) {
            throw new IllegalArgumentException("nothing to average");
        }
        int n = 0;
        double[] s = new double[7];
        for (Metrics m : all) {
            n += m.n;
            double[] v = {m.r2, m.mae, m.rmse, m.nll, m.sdZ, m.coverage68, m.coverage95};
            for (int i = 0; i < v.length; i++) {
                s[i] += v[i] / all.size();
            }
        }
        return new Metrics(n, s[0], s[1], s[2], s[3], s[4], s[5], s[6]);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "n=%d R2=%.4f MAE=%.3f RMSE=%.3f NLL=%.3f sdZ=%.3f cov68=%.3f cov95=%.3f",
                n, r2, mae, rmse, nll, sdZ, coverage68, coverage95);
    }
}
