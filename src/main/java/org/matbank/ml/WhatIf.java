package org.matbank.ml;

import java.util.List;
import java.util.Map;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/** What-if: the prediction for a base row with one or two of its features set to chosen values. */
public final class WhatIf {

    private WhatIf() {
    }

    /** The predicted mean and sigma of one row. */
    public record Prediction(double mean, double sigma) {
    }

    /**
     * Predicts the base row (in the model's feature order) with the named features set to the given
     * values. Refused when the base row's length differs from the model's features, a name is not
     * one of them, or not one or two features are set.
     */
    public static Prediction predict(Regressor model, double[] base, Map<String, Double> settings) {
        if (settings.isEmpty() || settings.size() > 2) {
            throw new InvalidInputException(Problem.INVALID, new Violation("settings", "whatif.settings.count", settings.size(),
                    "set one or two features, not " + settings.size()));
        }
        if (base.length != model.features().size()) {
            throw new InvalidInputException(Problem.INVALID, new Violation("base", "whatif.base.length", base.length,
                    "the base row needs " + model.features().size() + " values (one per feature of the model), not " + base.length));
        }
        double[] row = base.clone();
        settings.forEach((name, value) -> row[column(model, name)] = value);
        Predictions p = model.predict(new double[][] {row});
        return new Prediction(p.mean()[0], p.sigma()[0]);
    }

    /** The column of a named feature; refused, naming the features, when the model has none by that name. */
    static int column(Regressor model, String feature) {
        List<String> features = model.features();
        int i = features.indexOf(feature);
        if (i < 0) {
            throw new InvalidInputException(Problem.INVALID, new Violation("feature", "model.feature.unknown", feature,
                    "the model has no feature '" + feature + "'; its features are " + features));
        }
        return i;
    }
}
