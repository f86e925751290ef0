package org.matbank.ml;

import java.util.List;

/**
 * One prediction: the value and its standard uncertainty (recalibrated), in the target's SI unit,
 * and the features outside the model's training domain (empty when the row is inside; otherwise
 * the value is an extrapolation).
 */
public record ModelPrediction(double value, double sigma, String unit, boolean outsideDomain, List<String> outside) {

    public ModelPrediction {
        outside = List.copyOf(outside);
    }
}
