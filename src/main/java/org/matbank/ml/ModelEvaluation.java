package org.matbank.ml;

import java.util.List;
import java.util.UUID;

/**
 * How well a model predicts data it did not see: cross-validated metrics, with the model's sigma
 * as it is (raw) and recalibrated, and the out-of-fold predictions for the parity plot.
 *
 * @param method how it was validated, in words ("10-fold cross-validation, nested model choice")
 * @param folds the number of folds
 * @param metrics out-of-fold metrics with the recalibrated sigma
 * @param raw the out-of-fold metrics with the model's raw sigma (for an automatic choice: the chosen candidate's inner
 *     cross-validation on all rows)
 * @param choices for a model chosen automatically: the kind each outer fold chose, then the final choice
 * @param parity every training row's out-of-fold prediction
 */
public record ModelEvaluation(String method, int folds, Metrics metrics, Metrics raw, List<String> choices, List<ParityPoint> parity) {

    public ModelEvaluation {
        choices = List.copyOf(choices);
        parity = List.copyOf(parity);
    }

    /**
     * One row's measured and out-of-fold predicted value (SI), with the recalibrated sigma.
     *
     * @param material the material of the table row
     */
    public record ParityPoint(UUID material, double measured, double predicted, double sigma, int fold) {
    }
}
