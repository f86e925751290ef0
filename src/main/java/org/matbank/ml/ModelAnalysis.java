package org.matbank.ml;

import java.util.List;

/**
 * Which features matter to a model and how: importance, most important first; partial-dependence
 * curves of the most important features; and the range of each input column in the training
 * table (what the what-if view starts from and moves over).
 *
 * @param importance per feature: mean |SHAP| over the training rows and the permutation importance
 * @param partialDependence the curves of the most important features, over their training range
 * @param inputs per input column of the table: its SI unit and training minimum, median and maximum
 */
public record ModelAnalysis(List<FeatureImportance> importance, List<Dependence> partialDependence, List<InputRange> inputs) {

    public ModelAnalysis {
        importance = List.copyOf(importance);
        partialDependence = partialDependence == null ? List.of() : List.copyOf(partialDependence);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
    }

    /**
     * @param shap the mean absolute SHAP value, in the target's SI unit
     * @param permutation the increase in RMSE when the feature's values are shuffled (mean over repeats)
     * @param permutationSd the standard deviation of that increase over the repeats
     */
    public record FeatureImportance(String feature, double shap, double permutation, double permutationSd) {
    }

    /** A partial-dependence curve: the mean prediction and sigma over the training rows at each grid value of the feature. */
    public record Dependence(String feature, double[] grid, double[] mean, double[] sigma) {
    }

    /** An input column's training values (SI): missing values left out; NaN when there were none. */
    public record InputRange(String column, String unit, double min, double median, double max) {
    }
}
