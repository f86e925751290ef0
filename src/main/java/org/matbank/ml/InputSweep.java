package org.matbank.ml;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/**
 * The what-if view over table columns: predictions as one input column moves over its training
 * range while the others keep the values the user set (by default the training medians). Moving a
 * composition column moves its Magpie features with it, since the features are made from the row.
 */
public final class InputSweep {

    /**
     * Predictions along the moved column, sigma recalibrated.
     *
     * @param outside per grid value, whether the row lies outside the training domain
     */
    public record Curve(String column, String unit, double[] grid, double[] mean, double[] sigma, boolean[] outside) {
    }

    private InputSweep() {
    }

    static Curve of(Model model, Regressor regressor, Map<String, Double> set, String column, int points) {
        ModelAnalysis.InputRange range = model.analysis().inputs().stream().filter(r -> r.column().equals(column)).findFirst()
                .orElseThrow(() -> new InvalidInputException(Problem.INVALID, new Violation("column", "whatif.column", column,
                        "the model has no input column '" + column + "'; its inputs are "
                                + model.analysis().inputs().stream().map(ModelAnalysis.InputRange::column).toList())));
        if (Double.isNaN(range.min())) {
            throw new InvalidInputException(Problem.INVALID, new Violation("column", "whatif.column.empty", column,
                    "the training table has no value of '" + column + "' to move over"));
        }
        Map<String, Double> base = new HashMap<>();
        model.analysis().inputs().forEach(r -> base.put(r.column(), Double.isNaN(r.median()) ? null : r.median()));
        if (set != null) {
            set.forEach((k, v) -> {
                if (base.containsKey(k)) {
                    base.put(k, v);
                }
            });
        }
        int n = range.max() > range.min() ? Math.max(2, Math.min(points, 200)) : 1;
        double[] grid = new double[n];
        double[][] x = new double[n][];
        boolean[] outside = new boolean[n];
        for (int g = 0; g < n; g++) {
            grid[g] = n == 1 ? range.min() : range.min() + (range.max() - range.min()) * g / (n - 1);
            Map<String, Double> row = new HashMap<>(base);
            row.put(column, grid[g]);
            x[g] = model.inputs().features(row::get);
            outside[g] = !model.domain().outside(x[g]).isEmpty();
        }
        Predictions p = regressor.predict(x);
        double[] sigma = p.sigma().clone();
        for (int g = 0; g < n; g++) {
            sigma[g] *= model.sigmaScale();
        }
        return new Curve(column, range.unit(), grid, p.mean(), sigma, outside);
    }

    /** The columns a what-if may move: the model's input columns with training values. */
    static List<String> movable(Model model) {
        return model.analysis().inputs().stream().filter(r -> !Double.isNaN(r.min())).map(ModelAnalysis.InputRange::column).toList();
    }
}
