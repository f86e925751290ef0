package org.matbank.ml;

/**
 * The variance of a forest's mean prediction from its trees' in-bag counts (Wager, Hastie &amp;
 * Efron, JMLR 15:1625, 2014): a weighted mean of the bias-corrected infinitesimal jackknife
 * (IJ-U, their eq. 9 with the correction of section 4) and jackknife-after-bootstrap (J-U).
 * <p>
 * With d_b = t_b - mean the deviation of tree b's prediction, N_bi the in-bag count of row i and
 * K_i the number of trees that left row i out, both estimates are quadratic forms in d:
 * V_IJ = sum_i (sum_b N_bi d_b / B)^2 and V_J = (n-1)/n sum_i (sum_{b: N_bi=0} d_b / K_i)^2, each
 * less its bias term (1 or e-1) * n/B^2 * sum_b d_b^2. The matrix of the weighted form is built
 * once, so a prediction costs B^2/2 multiply-adds instead of B*n.
 */
final class Jackknife {

    private final int trees;
    /** Row b holds the form's entries (b, b..B-1), off-diagonal ones doubled. */
    private final double[][] form;

    Jackknife(int[][] inBag, double ijWeight) {
        trees = inBag.length;
        int n = inBag[0].length;
        double b2 = (double) trees * trees;
        double[][] counts = new double[trees][n];
        double[][] outOfBag = new double[trees][n];
        int[] left = new int[n];
        for (int[] tree : inBag) {
            for (int i = 0; i < n; i++) {
                left[i] += tree[i] == 0 ? 1 : 0;
            }
        }
        double ij = Math.sqrt(ijWeight / b2);
        double j = Math.sqrt((1 - ijWeight) * (n - 1.0) / n);
        for (int b = 0; b < trees; b++) {
            for (int i = 0; i < n; i++) {
                counts[b][i] = ij * inBag[b][i];
                // a row in every bootstrap sample has no leave-it-out mean: it adds nothing
                outOfBag[b][i] = inBag[b][i] == 0 ? j / left[i] : 0;
            }
        }
        double bias = (ijWeight + (1 - ijWeight) * (Math.E - 1)) * n / b2;
        form = new double[trees][];
        for (int b = 0; b < trees; b++) {
            form[b] = new double[trees - b];
            for (int c = b; c < trees; c++) {
                double v = dot(counts[b], counts[c]) + dot(outOfBag[b], outOfBag[c]);
                form[b][c - b] = c == b ? v - bias : 2 * v;
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /**
     * The variances of the means of a block of rows: {@code deviations[b][r]} is tree b's
     * prediction for row r less the row's mean. Each variance is the jackknife estimate, but never
     * below the Monte Carlo variance of a mean of B trees, sum_b d_b^2 / B^2 (the bias correction
     * can make the estimate negative). Tree-major so the inner loop runs over rows, which the JIT
     * vectorises.
     */
    void variances(double[][] deviations, int rows, double[] out) {
        double[] v = new double[rows];
        double[] s = new double[rows];
        double[] squares = new double[rows];
        for (int b = 0; b < trees; b++) {
            double[] db = deviations[b];
            java.util.Arrays.fill(s, 0);
            double[] row = form[b];
            for (int c = 0; c < row.length; c++) {
                double q = row[c];
                double[] dc = deviations[b + c];
                for (int r = 0; r < rows; r++) {
                    s[r] += q * dc[r];
                }
            }
            for (int r = 0; r < rows; r++) {
                v[r] += db[r] * s[r];
                squares[r] += db[r] * db[r];
            }
        }
        double b2 = (double) trees * trees;
        for (int r = 0; r < rows; r++) {
            out[r] = Math.max(v[r], squares[r] / b2);
        }
    }
}
