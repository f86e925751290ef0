package org.matbank.ml;

/**
 * One scale factor s for a model's sigma, fitted on predictions of rows the model did not train on
 * (out-of-fold residuals), so that z = r / (s sigma) has unit root mean square:
 * s = sqrt(mean((r / sigma)^2)). This is also the s that minimises the mean Gaussian negative
 * log-likelihood of those residuals: d/ds of sum[ln(s sigma) + r^2 / (2 s^2 sigma^2)] is zero at the
 * same s. Fitting s on the training residuals of the model itself would shrink it (they are too
 * small), hence {@link #nested}.
 *
 * @param scale the factor sigma is multiplied by (1 leaves the model as it is)
 */
public record Recalibration(double scale) {

    /** The identity: sigma unchanged. */
    public static final Recalibration NONE = new Recalibration(1);

    public Recalibration {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("the scale of sigma must be a positive number, not " + scale);
        }
    }

    /**
     * The scale fitted on held-out residuals. Rows with sigma 0 cannot be scaled and are left out;
     * when no row is left, or every residual is 0, the scale is 1.
     */
    public static Recalibration fit(double[] y, double[] mean, double[] sigma) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < y.length; i++) {
            if (sigma[i] > 0 && Double.isFinite(sigma[i])) {
                double z = (y[i] - mean[i]) / sigma[i];
                sum += z * z;
                n++;
            }
        }
        double scale = n == 0 ? 1 : Math.sqrt(sum / n);
        return scale > 0 && Double.isFinite(scale) ? new Recalibration(scale) : NONE;
    }

    /** The scale fitted on the out-of-fold predictions of an inner cross-validation of the learner on these rows. */
    public static Recalibration nested(Learner learner, TrainingSet data, Folds inner, long seed) {
        CrossValidation.OutOfFold oof = CrossValidation.run(learner, data, inner, seed).outOfFold();
        return fit(data.y(), oof.mean(), oof.sigma());
    }

    /** The scale fitted on the out-of-fold predictions of a cross-validation already run. */
    public static Recalibration of(TrainingSet data, CrossValidation.Result result) {
        CrossValidation.OutOfFold oof = result.outOfFold();
        return fit(data.y(), oof.mean(), oof.sigma());
    }

    /** The predictions with sigma multiplied by the scale. */
    public Predictions apply(Predictions p) {
        double[] sigma = p.sigma().clone();
        for (int i = 0; i < sigma.length; i++) {
            sigma[i] *= scale;
        }
        return new Predictions(p.mean(), sigma);
    }
}
