package org.matbank.ml;

/** Reads a model back from its JSON document ({@link Regressor#toJson()}). */
public final class Regressors {

    private Regressors() {
    }

    /** The model this document holds. */
    public static Regressor read(ModelKind kind, byte[] json) {
        switch (kind) {
            case GRADIENT_BOOSTING:
                return GradientBoostingRegressor.read(json);
            case RANDOM_FOREST:
                return RandomForest.read(json);
            default:
                throw new IllegalArgumentException("no reader yet for " + kind.json());
        }
    }
}
