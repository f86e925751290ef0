package org.matbank.ml;

import java.util.Map;

/**
 * A model kind with its hyper-parameters: fits a {@link Regressor} to a training set.
 * Fitting is deterministic for a given seed.
 */
public interface Learner {

    ModelKind kind();

    /** The hyper-parameters, by name, as recorded in a model's provenance. */
    Map<String, Object> parameters();

    Regressor fit(TrainingSet data, long seed);
}
