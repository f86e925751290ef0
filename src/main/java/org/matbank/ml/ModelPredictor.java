package org.matbank.ml;

import java.util.HashMap;
import java.util.Map;

/**
 * A model ready to predict many rows of plain numbers at once, for searches that predict tens of
 * thousands of candidates (design): no per-row parsing of units, no usage record per call. The
 * caller names the table columns it sets once (column to index in its rows); columns it does not set are missing values. Sigma
 * is recalibrated as in {@link ModelService#predict}. Obtain one through
 * {@link ModelService#predictor}, which checks that the caller may see the model.
 */
public final class ModelPredictor {

    /** Predictions of a batch: mean and recalibrated sigma per row, and whether a row lies outside the training domain. */
    public record Batch(double[] mean, double[] sigma, boolean[] outside) {
    }

    private final Model model;
    private final Regressor regressor;
    private final Map<String, Integer> index = new HashMap<>();
    private long rows;

    /** @param columns table column to its index in the rows to predict (several columns may read one index) */
    ModelPredictor(Model model, Regressor regressor, Map<String, Integer> columns) {
        this.model = model;
        this.regressor = regressor;
        index.putAll(columns);
    }

    public Model model() {
        return model;
    }

    /** The number of rows predicted so far (for the model's usage record). */
    public long rows() {
        return rows;
    }

    /** Predicts rows of values of the columns named at creation, in SI units (NaN: missing). */
    public Batch predict(double[][] values) {
        double[][] x = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            double[] row = values[i];
            x[i] = model.inputs().features(column -> {
                Integer c = index.get(column);
                return c == null ? null : row[c];
            }, column -> null);
        }
        Predictions p = values.length == 0 ? new Predictions(new double[0], new double[0]) : regressor.predict(x);
        double[] sigma = new double[values.length];
        boolean[] outside = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            sigma[i] = p.sigma()[i] * model.sigmaScale();
            outside[i] = !model.domain().contains(x[i]);
        }
        rows += values.length;
        return new Batch(p.mean(), sigma, outside);
    }
}
