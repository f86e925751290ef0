package org.matbank.design;

import org.hipparchus.special.Erf;

/**
 * How good a candidate is, from its predicted mean and calibrated sigma (a normal distribution):
 * the probability of meeting a target, the expected improvement over the best value found so far
 * (Jones, Schonlau & Welch 1998), the upper confidence bound, and the expected value. Probabilities
 * of several targets multiply (their predictions are taken as independent).
 */
public final class Scores {

    private static final double SQRT2 = Math.sqrt(2);
    private static final double SQRT2PI = Math.sqrt(2 * Math.PI);

    private Scores() {
    }

    /** The probability that the property meets a bound target; 1 or 0 when sigma is 0. */
    public static double probability(Target target, double mean, double sigma) {
        switch (target.kind()) {
            case AT_LEAST:
                return above(target.low(), mean, sigma);
            case AT_MOST:
                return 1 - above(target.high(), mean, sigma);
            case WITHIN:
                return Math.max(0, above(target.low(), mean, sigma) - above(target.high(), mean, sigma));
            default:
                throw new IllegalArgumentException(target.kind() + " is an objective, not a bound: it has no probability");
        }
    }

    /**
     * The expected improvement over {@code best} in the target's direction (MAXIMISE or MINIMISE):
     * E[max(0, Y - best)] for maximising, E[max(0, best - Y)] for minimising.
     */
    public static double expectedImprovement(Target target, double mean, double sigma, double best) {
        double gain = direction(target) * (mean - best);
        if (sigma <= 0) {
            return Math.max(0, gain);
        }
        double z = gain / sigma;
        return gain * cdf(z) + sigma * Math.exp(-0.5 * z * z) / SQRT2PI;
    }

    /** The upper confidence bound in the target's direction: mean + kappa sigma (maximising), mean - kappa sigma (minimising). */
    public static double upperConfidenceBound(Target target, double mean, double sigma, double kappa) {
        return mean + direction(target) * kappa * sigma;
    }

    /** P(Y > x) for Y ~ N(mean, sigma²). */
    static double above(double x, double mean, double sigma) {
        if (sigma <= 0) {
            return mean > x ? 1 : mean < x ? 0 : 0.5;
        }
        return 1 - cdf((x - mean) / sigma);
    }

    static double cdf(double z) {
        return 0.5 * Erf.erfc(-z / SQRT2);
    }

    private static int direction(Target target) {
        switch (target.kind()) {
            case MAXIMISE:
                return 1;
            case MINIMISE:
                return -1;
            default:
                throw new IllegalArgumentException(target.kind() + " is a bound, not a direction to improve");
        }
    }
}
