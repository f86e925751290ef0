package org.matbank.design;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.matbank.ml.Model;
import org.matbank.ml.ModelEvaluation;
import org.matbank.ml.ModelPredictor;

/**
 * A design's targets bound to what estimates them: a model's predictor (calibrated mean and sigma)
 * or the cost (exact). Estimates a batch of candidates at once, one model call per target.
 */
final class Objectives {

    /** Estimates of a batch: {@code mean[t][i]} is target t's mean for candidate i; outside: any model extrapolates. */
    record Estimates(double[][] mean, double[][] sigma, boolean[] outside) {
    }

    private final List<Target> targets;
    private final ModelPredictor[] predictors;
    private final double[] shareOf;
    private final double[][] costTerms;
    private final double[] best;
    private final double[] spread;

    /**
     * @param predictors per target, its model's predictor; null for the cost
     * @param costTerms per variable index, the cost coefficient (null when no target is the cost)
     */
    Objectives(List<Target> targets, ModelPredictor[] predictors, double[] costTerms, SpaceEncoding encoding) {
        this.targets = List.copyOf(targets);
        this.shareOf = new double[encoding.variables().size()];
        for (int v = 0; v < shareOf.length; v++) {
            shareOf[v] = encoding.scaleOf(v);
        }
        this.predictors = predictors.clone();
        this.costTerms = new double[][] {costTerms};
        this.best = new double[targets.size()];
        this.spread = new double[targets.size()];
        for (int t = 0; t < targets.size(); t++) {
            double[] measured = measured(predictors[t]);
            Target target = targets.get(t);
            best[t] = measured.length == 0 ? Double.NaN
                    : target.kind() == Target.Kind.MINIMISE ? measured[0] : measured[measured.length - 1];
            spread[t] = measured.length < 2 ? 1 : Math.max(1e-12, standardDeviation(measured));
        }
    }

    List<Target> targets() {
        return targets;
    }

    /** The best value the target's model learnt from, in its direction (NaN for the cost). */
    double best(int target) {
        return best[target];
    }

    /** The standard deviation of the values the target's model learnt from (1 for the cost): the scale of its objective. */
    double spread(int target) {
        return spread[target];
    }

    ModelPredictor predictor(int target) {
        return predictors[target];
    }

    Estimates estimate(double[][] x) {
        int n = x.length;
        double[][] inputs = shares(x);
        double[][] mean = new double[targets.size()][];
        double[][] sigma = new double[targets.size()][];
        boolean[] outside = new boolean[n];
        for (int t = 0; t < targets.size(); t++) {
            if (predictors[t] == null) {
                mean[t] = new double[n];
                sigma[t] = new double[n];
                for (int i = 0; i < n; i++) {
                    mean[t][i] = cost(x[i]);
                }
                continue;
            }
            ModelPredictor.Batch batch = predictors[t].predict(inputs);
            mean[t] = batch.mean();
            sigma[t] = batch.sigma();
            for (int i = 0; i < n; i++) {
                outside[i] |= batch.outside()[i];
            }
        }
        return new Estimates(mean, sigma, outside);
    }

    /**
     * The rows as models read them: a composition's components as shares of its total (a wt% space
     * gives the mass fractions the tables hold), parameters as they are.
     */
    private double[][] shares(double[][] x) {
        boolean scaled = false;
        for (double s : shareOf) {
            scaled |= s != 1;
        }
        if (!scaled) {
            return x;
        }
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = new double[x[i].length];
            for (int v = 0; v < shareOf.length; v++) {
                out[i][v] = x[i][v] / shareOf[v];
            }
        }
        return out;
    }

    private double cost(double[] x) {
        double sum = 0;
        double[] terms = costTerms[0];
        for (int v = 0; v < terms.length; v++) {
            sum += terms[v] * x[v];
        }
        return sum;
    }

    /** The measured target values a model learnt from, sorted (its cross-validation parity data). */
    static double[] measured(ModelPredictor predictor) {
        if (predictor == null) {
            return new double[0];
        }
        return measured(predictor.model());
    }

    static double[] measured(Model model) {
        return model.evaluation().parity().stream().mapToDouble(ModelEvaluation.ParityPoint::measured).filter(v -> !Double.isNaN(v))
                .sorted().toArray();
    }

    private static double standardDeviation(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1));
    }

    /** The cost coefficient of each variable: a component's price per its composition's total, another variable's price. */
    static double[] costTerms(Cost cost, SpaceEncoding encoding) {
        double[] terms = new double[encoding.variables().size()];
        for (Map.Entry<String, Double> price : cost.prices().entrySet()) {
            int v = encoding.variables().indexOf(price.getKey());
            terms[v] = price.getValue() / encoding.scaleOf(v);
        }
        return terms;
    }
}
