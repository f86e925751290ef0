package org.matbank.ml;

import org.matbank.shared.JsonNames;

/**
 * The stationary kernel shapes of the Gaussian process, as functions of the scaled squared distance
 * r² = Σ (x_j − x'_j)² / ℓ_j² and with unit signal variance (Rasmussen & Williams 2006, ch. 4).
 */
public enum Kernel {
    /** exp(−r²/2): infinitely smooth. */
    SQUARED_EXPONENTIAL {
        @Override
        double value(double r2) {
            return Math.exp(-0.5 * r2);
        }

        @Override
        double lengthDerivative(double r2) {
            return Math.exp(-0.5 * r2);
        }
    },
    /** (1 + √5 r + 5r²/3) exp(−√5 r): twice differentiable, less smooth than the squared exponential. */
    MATERN_52 {
        @Override
        double value(double r2) {
            double r = Math.sqrt(r2);
            return (1 + SQRT5 * r + 5 * r2 / 3) * Math.exp(-SQRT5 * r);
        }

        @Override
        double lengthDerivative(double r2) {
            double r = Math.sqrt(r2);
            return 5.0 / 3 * (1 + SQRT5 * r) * Math.exp(-SQRT5 * r);
        }
    };

    private static final double SQRT5 = Math.sqrt(5);

    abstract double value(double r2);

    /**
     * g(r²) such that ∂k/∂(log ℓ_j) = g(r²) · (x_j − x'_j)² / ℓ_j²: one factor for every length
     * scale, so the gradient costs one pass over the pairs.
     */
    abstract double lengthDerivative(double r2);

    String json() {
        return JsonNames.of(this);
    }

    static Kernel parse(String name) {
        for (Kernel k : values()) {
            if (k.json().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kernel " + name);
    }
}
