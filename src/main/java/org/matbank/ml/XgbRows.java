package org.matbank.ml;

import java.util.ArrayList;
import java.util.List;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/** Rows of features as XGBoost's dense matrix: float32, row-major, NaN as the missing value. */
final class XgbRows {

    private XgbRows() {
    }

    /**
     * The rows flattened to float32. Refuses a row of the wrong length and infinite values (XGBoost
     * would route them like ordinary large numbers; a missing value must be NaN).
     */
    static float[] flatten(double[][] x, int columns, int from, int to) {
        float[] flat = new float[(to - from) * columns];
        List<Violation> problems = new ArrayList<>();
        for (int i = from; i < to && problems.size() < 10; i++) {
            double[] row = x[i];
            if (row == null || row.length != columns) {
                problems.add(new Violation("x[" + i + "]", "model.row-length", row == null ? null : row.length,
                        "row " + i + " must have one value for each of the model's " + columns + " features"));
                continue;
            }
            int at = (i - from) * columns;
            for (int j = 0; j < columns; j++) {
                if (Double.isInfinite(row[j])) {
                    problems.add(new Violation("x[" + i + "][" + j + "]", "model.finite", row[j],
                            "feature " + j + " of row " + i + " is " + row[j] + ": a value must be finite, or NaN when missing"));
                }
                flat[at + j] = (float) row[j];
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, problems);
        }
        return flat;
    }

    static DMatrix matrix(double[][] x, int columns, int from, int to) {
        float[] flat = flatten(x, columns, from, to);
        try {
            return new DMatrix(flat, to - from, columns, Float.NaN);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost refused a matrix of " + (to - from) + " x " + columns, e);
        }
    }
}
