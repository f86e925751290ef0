package org.matbank.ml;

/**
 * A model that explains its predictions additively (SHAP values, Lundberg et al. 2020, "From local
 * explanations to global understanding with explainable AI for trees", Nat. Mach. Intell. 2:56).
 */
public interface Explained {

    /**
     * The contribution of every feature to every row's prediction, in the target's unit: one row per
     * input row, one column per feature in the model's order and the bias (the expected prediction)
     * as last column. A row sums to the predicted mean of that row.
     */
    double[][] contributions(double[][] x);
}
