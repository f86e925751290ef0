package org.matbank.design;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores estimated candidates by a design's acquisition. Bound targets give the probability of
 * meeting all of them (independent normal predictions). Objectives give, per acquisition, the
 * probability of improving on the best value the model learnt from, the expected improvement, the
 * upper confidence bound or the mean, each divided by the spread of the values learnt from so that
 * several objectives add up on one scale. The cost as an objective counts only in the Pareto front.
 */
final class Scoring {

    /** An evaluated candidate: its genes, values, options, estimates per target and scores. */
    record Row(double[] genes, double[] x, String[] choices, double[] mean, double[] sigma, boolean outside, double probability,
            double score, boolean feasible, double[] objectives) {
    }

    static final double UCB_KAPPA = 2;

    private final Objectives objectives;
    private final Acquisition acquisition;

    Scoring(Objectives objectives, Acquisition acquisition) {
        this.objectives = objectives;
        this.acquisition = acquisition;
    }

    /** The length of the objective vector: one entry per target. */
    int width() {
        return objectives.targets().size();
    }

    Acquisition acquisition() {
        return acquisition;
    }

    /** Best first: by score, or for the additive acquisitions, those likely (p >= 0.5) to meet the bounds first. */
    Comparator<Row> order() {
        Comparator<Row> byScore = Comparator.comparingDouble(Row::score).reversed();
        return acquisition.multiplies() ? byScore : Comparator.comparing((Row r) -> !r.feasible()).thenComparing(byScore);
    }

    /** A single number to maximise that agrees with {@link #order()} (for CMA-ES). */
    double merit(Row row) {
        return acquisition.multiplies() || row.feasible() ? row.score() : row.score() - 1e12;
    }

    List<Row> rows(double[][] genes, double[][] x, String[][] choices, Objectives.Estimates e) {
        List<Row> rows = new ArrayList<>(x.length);
        List<Target> targets = objectives.targets();
        for (int i = 0; i < x.length; i++) {
            double[] mean = new double[targets.size()];
            double[] sigma = new double[targets.size()];
            double[] vector = new double[targets.size()];
            double bounds = 1;
            boolean anyBound = false;
            boolean anyObjective = false;
            double sum = 0;
            double product = 1;
            for (int t = 0; t < targets.size(); t++) {
                Target target = targets.get(t);
                mean[t] = e.mean()[t][i];
                sigma[t] = e.sigma()[t][i];
                if (target.isBound()) {
                    double p = Scores.probability(target, mean[t], sigma[t]);
                    bounds *= p;
                    anyBound = true;
                    vector[t] = p;
                    continue;
                }
                int direction = target.kind() == Target.Kind.MAXIMISE ? 1 : -1;
                vector[t] = direction * mean[t];
                double best = objectives.best(t);
                if (Double.isNaN(best)) {
                    continue;
                }
                anyObjective = true;
                double spread = objectives.spread(t);
                switch (acquisition) {
                    case PROBABILITY -> product *= direction > 0 ? Scores.above(best, mean[t], sigma[t]) : 1 - Scores.above(best, mean[t], sigma[t]);
                    case EXPECTED_IMPROVEMENT -> sum += Scores.expectedImprovement(target, mean[t], sigma[t], best) / spread;
                    case UPPER_CONFIDENCE_BOUND -> sum += direction * Scores.upperConfidenceBound(target, mean[t], sigma[t], UCB_KAPPA) / spread;
                    case EXPECTED_VALUE -> sum += direction * mean[t] / spread;
                }
            }
            double score = switch (acquisition) {
                case PROBABILITY -> bounds * product;
                case EXPECTED_IMPROVEMENT -> anyObjective ? bounds * sum : bounds;
                default -> anyObjective ? sum : bounds;
            };
            rows.add(new Row(genes == null ? null : genes[i], x[i], choices[i], mean, sigma, e.outside()[i], bounds, score,
                    !anyBound || bounds >= 0.5, vector));
        }
        return rows;
    }
}
