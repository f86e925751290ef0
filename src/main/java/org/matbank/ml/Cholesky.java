package org.matbank.ml;

/**
 * Dense Cholesky factorisation of a symmetric positive-definite matrix (row arrays), and the
 * triangular inverse the Gaussian process keeps for predictive variances.
 */
final class Cholesky {

    private Cholesky() {
    }

    /** The lower factor L with A = L L^T (A is left unchanged), or null when A is not positive definite. */
    static double[][] factor(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] li = new double[i + 1];
            double[] ai = a[i];
            for (int j = 0; j <= i; j++) {
                double[] lj = l[j] == null ? li : l[j];
                double s = ai[j];
                for (int k = 0; k < j; k++) {
                    s -= li[k] * lj[k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        return null;
                    }
                    li[i] = Math.sqrt(s);
                } else {
                    li[j] = s / lj[j];
                }
            }
            l[i] = li;
        }
        return l;
    }

    /** Solves L z = b (forward substitution). */
    static double[] forward(double[][] l, double[] b) {
        double[] z = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            double s = b[i];
            double[] li = l[i];
            for (int k = 0; k < i; k++) {
                s -= li[k] * z[k];
            }
            z[i] = s / li[i];
        }
        return z;
    }

    /** Solves L^T z = b (back substitution). */
    static double[] backward(double[][] l, double[] b) {
        int n = b.length;
        double[] z = b.clone();
        for (int i = n - 1; i >= 0; i--) {
            z[i] /= l[i][i];
            double zi = z[i];
            double[] li = l[i];
            for (int k = 0; k < i; k++) {
                z[k] -= li[k] * zi;
            }
        }
        return z;
    }

    /** The lower-triangular inverse of L, row by row (row i has i + 1 entries). */
    static double[][] inverse(double[][] l) {
        int n = l.length;
        double[][] inv = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] row = new double[i + 1];
            double[] li = l[i];
            row[i] = 1 / li[i];
            // row i of L^-1: (e_i - sum_{k<i} L_ik * row_k(L^-1)) / L_ii, accumulated column-wise
            for (int k = 0; k < i; k++) {
                double f = li[k];
                if (f != 0) {
                    double[] invk = inv[k];
                    for (int j = 0; j <= k; j++) {
                        row[j] -= f * invk[j];
                    }
                }
            }
            for (int j = 0; j < i; j++) {
                row[j] /= li[i];
            }
            inv[i] = row;
        }
        return inv;
    }
}
