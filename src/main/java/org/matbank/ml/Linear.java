package org.matbank.ml;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/**
 * Ridge regression on standardised features (NaN → training mean), closed form, with an
 * unpenalised intercept: the baseline every other model must beat. The penalty λ is chosen by
 * generalised cross-validation (Golub, Heath & Wahba 1979) over a log grid, unless fixed. Sigma is
 * the predictive standard deviation of the Bayesian linear model with prior β ~ N(0, σ²/λ I):
 * σ² (1 + 1/n) + z^T Σ z with Σ = σ² (Z^T Z + λI)⁻¹ and σ² = RSS / (n − df − 1).
 *
 * @param lambda the fixed penalty on standardised features, or NaN to choose it by GCV
 */
public record Linear(double lambda) implements Learner {

    /** λ chosen by generalised cross-validation. */
    public Linear() {
        this(Double.NaN);
    }

    /** The learner as its hyper-parameters read back: {@code "gcv"} (how a model reports a chosen penalty) or a number. */
    @JsonCreator
    static Linear json(@JsonProperty("lambda") Object lambda) {
        if (lambda == null || "gcv".equals(lambda)) {
            return new Linear();
        }
        if (lambda instanceof Number n) {
            return new Linear(n.doubleValue());
        }
        throw new IllegalArgumentException("lambda is a number or \"gcv\", not '" + lambda + "'");
    }

    @Override
    public ModelKind kind() {
        return ModelKind.LINEAR;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("lambda", Double.isNaN(lambda) ? "gcv" : lambda);
        return p;
    }

    @Override
    public LinearRegressor fit(TrainingSet data, long seed) {
        int n = data.rows();
        int d = data.features().size();
        if (n < 3) {
            throw new InvalidInputException(Problem.INVALID, new Violation("training_set.rows", "linear.min-rows", n,
                    "a linear model needs at least 3 rows"));
        }
        Standardisation scaling = Standardisation.of(data.x(), d);
        double[][] z = scaling.apply(data.x());
        double intercept = Standardisation.ofTarget(data.y())[0];
        double[][] gram = new double[d][d];
        double[] zty = new double[d];
        for (int i = 0; i < n; i++) {
            double yc = data.y()[i] - intercept;
            for (int a = 0; a < d; a++) {
                zty[a] += z[i][a] * yc;
                for (int b = 0; b < d; b++) {
                    gram[a][b] += z[i][a] * z[i][b];
                }
            }
        }
        EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(gram));
        RealMatrix v = eigen.getV();
        double[] e = new double[d];
        double[] proj = new double[d];
        for (int k = 0; k < d; k++) {
            e[k] = Math.max(0, eigen.getEigenvalues()[k]);
            for (int a = 0; a < d; a++) {
                proj[k] += v.getEntry(a, k) * zty[a];
            }
        }
        double chosen = Double.isNaN(lambda) ? gcv(z, data.y(), intercept, v, e, proj) : lambda;
        double[] beta = coefficients(v, e, proj, chosen);
        double rss = rss(z, data.y(), intercept, beta);
        double df = 0;
        for (double ek : e) {
            df += ek / (ek + chosen);
        }
        double noise = rss / Math.max(1, n - df - 1);
        double[][] cov = new double[d][d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                for (int k = 0; k < d; k++) {
                    cov[a][b] += noise * v.getEntry(a, k) * v.getEntry(b, k) / (e[k] + chosen);
                }
            }
        }
        return new LinearRegressor(data.features(), scaling, intercept, beta, chosen, noise, noise / n, cov);
    }

    private static double gcv(double[][] z, double[] y, double intercept, RealMatrix v, double[] e, double[] proj) {
        int n = y.length;
        double best = Double.NaN;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int step = -32; step <= 12; step++) {
            double candidate = n * Math.pow(10, step / 4.0);
            double df = 1;
            for (double ek : e) {
                df += ek / (ek + candidate);
            }
            double score = n * rss(z, y, intercept, coefficients(v, e, proj, candidate)) / Math.pow(Math.max(1e-9, n - df), 2);
            if (score < bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static double[] coefficients(RealMatrix v, double[] e, double[] proj, double lambda) {
        int d = e.length;
        double[] beta = new double[d];
        for (int k = 0; k < d; k++) {
            double w = proj[k] / (e[k] + lambda);
            for (int a = 0; a < d; a++) {
                beta[a] += v.getEntry(a, k) * w;
            }
        }
        return beta;
    }

    private static double rss(double[][] z, double[] y, double intercept, double[] beta) {
        double rss = 0;
        for (int i = 0; i < y.length; i++) {
            double r = y[i] - intercept;
            for (int a = 0; a < beta.length; a++) {
                r -= beta[a] * z[i][a];
            }
            rss += r * r;
        }
        return rss;
    }

    /** The model a {@link LinearRegressor#toJson()} document holds. */
    public static Regressor read(byte[] json) {
        return LinearRegressor.read(json);
    }
}
