package org.matbank.ml;

import java.util.List;

/**
 * A trained forward model of one target: predicts a value and its uncertainty from a row of
 * features (the features it was trained on, in that order; NaN for a missing value).
 * Implementations are immutable and safe to use from several threads.
 */
public interface Regressor {

    ModelKind kind();

    /** The feature names, in the order {@link #predict} expects them. */
    List<String> features();

    /** Predicts every row; sigma is the model's own uncertainty before any recalibration. */
    Predictions predict(double[][] x);

    /**
     * The predicted values only. Analyses that need no sigma (SHAP, permutation importance) call
     * this: a Gaussian process's or a forest's sigma costs far more than its mean.
     */
    default double[] predictMean(double[][] x) {
        return predict(x).mean();
    }

    /**
     * The model as an open, documented JSON document (UTF-8), readable by
     * {@link Regressors#read} and by the standalone predictor shipped with exported models.
     */
    byte[] toJson();
}
