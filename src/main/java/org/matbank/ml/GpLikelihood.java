package org.matbank.ml;

/**
 * The negative log marginal likelihood of a zero-mean Gaussian process and its analytic gradient
 * (Rasmussen & Williams 2006, eq. 5.8 and 5.9) over log hyper-parameters
 * θ = (log σ_f², log ℓ_1 … log ℓ_d, log σ_n²), on standardised features and target.
 */
final class GpLikelihood {

    /** Added to the diagonal so that a nearly singular kernel matrix still factorises. */
    static final double JITTER = 1e-8;

    private final Kernel kernel;
    private final double[][] x;
    private final double[] y;

    GpLikelihood(Kernel kernel, double[][] x, double[] y) {
        this.kernel = kernel;
        this.x = x;
        this.y = y;
    }

    Kernel kernel() {
        return kernel;
    }

    double[][] x() {
        return x;
    }

    double[] y() {
        return y;
    }

    /** Fills gradient (may be null) and returns −log p(y | X, θ); +∞ when K is not positive definite. */
    double value(double[] theta, double[] gradient) {
        int n = y.length;
        int d = x[0].length;
        double signal = Math.exp(theta[0]);
        double noise = Math.exp(theta[d + 1]);
        double[] inv2 = new double[d];
        for (int j = 0; j < d; j++) {
            inv2[j] = Math.exp(-2 * theta[j + 1]);
        }
        double[][] k = new double[n][];
        double[][] g = gradient == null ? null : new double[n][];
        for (int a = 0; a < n; a++) {
            k[a] = new double[a + 1];
            if (g != null) {
                g[a] = new double[a + 1];
            }
            for (int b = 0; b <= a; b++) {
                double r2 = 0;
                for (int j = 0; j < d; j++) {
                    double diff = x[a][j] - x[b][j];
                    r2 += diff * diff * inv2[j];
                }
                k[a][b] = signal * kernel.value(r2);
                if (g != null) {
                    g[a][b] = signal * kernel.lengthDerivative(r2);
                }
            }
        }
        double[][] l = Cholesky.factor(withDiagonal(k, noise + JITTER));
        if (l == null) {
            return Double.POSITIVE_INFINITY;
        }
        double[] alpha = Cholesky.backward(l, Cholesky.forward(l, y));
        double nlml = 0.5 * n * Math.log(2 * Math.PI);
        for (int i = 0; i < n; i++) {
            nlml += 0.5 * y[i] * alpha[i] + Math.log(l[i][i]);
        }
        if (gradient != null) {
            gradient(gradient, k, g, inv2, noise, alpha, Cholesky.inverse(l));
        }
        return nlml;
    }

    /** Gradient of −log p: −½ tr((αα^T − K⁻¹) ∂K/∂θ_p), summing each unordered pair once. */
    private void gradient(double[] out, double[][] k, double[][] g, double[] inv2, double noise,
            double[] alpha, double[][] m) {
        int n = alpha.length;
        int d = inv2.length;
        double[][] kinv = new double[n][];
        for (int a = 0; a < n; a++) {
            kinv[a] = new double[a + 1];
        }
        // K⁻¹ = M^T M with M = L⁻¹ lower triangular: accumulate row outer products
        for (int i = 0; i < n; i++) {
            double[] mi = m[i];
            for (int a = 0; a <= i; a++) {
                double f = mi[a];
                if (f != 0) {
                    double[] ka = kinv[a];
                    for (int b = 0; b <= a; b++) {
                        ka[b] += f * mi[b];
                    }
                }
            }
        }
        java.util.Arrays.fill(out, 0);
        double traceW = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b <= a; b++) {
                double w = alpha[a] * alpha[b] - kinv[a][b];
                double weight = a == b ? w : 2 * w;
                out[0] += weight * k[a][b];
                if (a != b) {
                    double gw = weight * g[a][b];
                    for (int j = 0; j < d; j++) {
                        double diff = x[a][j] - x[b][j];
                        out[j + 1] += gw * diff * diff * inv2[j];
                    }
                } else {
                    traceW += w;
                }
            }
        }
        out[d + 1] = traceW * noise;
        for (int p = 0; p < out.length; p++) {
            out[p] *= -0.5;
        }
    }

    /** A copy of a lower triangle with diag added to its diagonal. */
    static double[][] withDiagonal(double[][] lower, double diag) {
        double[][] copy = new double[lower.length][];
        for (int a = 0; a < lower.length; a++) {
            copy[a] = lower[a].clone();
            copy[a][a] += diag;
        }
        return copy;
    }
}
