package org.matbank.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.hipparchus.random.Well19937c;

/**
 * Single-objective search of the score (CMA-ES, Hipparchus) in the unit cube of genes, started
 * from the best distinct sampled candidates. Hipparchus asks for one point at a time, so each is
 * one small model call; the budget is counted in evaluations. Genes that break a rule score worst.
 */
final class CmaEsSearch {

    static final int STARTS = 3;

    private CmaEsSearch() {
    }

    static void run(Evaluation evaluation, List<Scoring.Row> sampled, int evaluations, long seed) {
        int genes = evaluation.encoding().genes();
        if (genes < 2 || sampled.isEmpty()) {
            return; // Hipparchus' CMA-ES needs two dimensions; sampling alone covers one
        }
        List<Scoring.Row> starts = new ArrayList<>(sampled);
        starts.sort(evaluation.scoring().order());
        int each = Math.max(50, evaluations / STARTS);
        double[] lower = new double[genes];
        double[] upper = new double[genes];
        Arrays.fill(upper, 1);
        double[] sigma = new double[genes];
        Arrays.fill(sigma, 0.15);
        int population = 4 + (int) (3 * Math.log(genes));
        for (int s = 0; s < Math.min(STARTS, starts.size()); s++) {
            CMAESOptimizer optimizer = new CMAESOptimizer(each, Double.POSITIVE_INFINITY, true, 0, 0, new Well19937c(seed + s), false, null);
            try {
                optimizer.optimize(new MaxEval(each), new ObjectiveFunction(point -> merit(evaluation, point)), GoalType.MAXIMIZE,
                        new InitialGuess(starts.get(s).genes()), new SimpleBounds(lower, upper), new CMAESOptimizer.Sigma(sigma),
                        new CMAESOptimizer.PopulationSize(population));
            } catch (org.hipparchus.exception.MathIllegalStateException budgetSpent) {
                // the evaluation budget ends a start; everything evaluated is already kept
            }
        }
    }

    private static double merit(Evaluation evaluation, double[] point) {
        Scoring.Row row = evaluation.evaluate(new double[][] {point}).get(0);
        return row == null ? -1e30 : evaluation.scoring().merit(row);
    }
}
