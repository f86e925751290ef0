package org.matbank.ml;

import com.fasterxml.jackson.annotation.JsonValue;
import org.matbank.shared.JsonNames;

/** The kinds of forward model MatBank trains. */
public enum ModelKind {
    /** Gradient-boosted trees (XGBoost4J); uncertainty from an ensemble of boosters. */
    GRADIENT_BOOSTING,
    /** Random forest with jackknife-after-bootstrap / infinitesimal-jackknife uncertainty. */
    RANDOM_FOREST,
    /** Gaussian process with automatic relevance determination, for small data. */
    GAUSSIAN_PROCESS,
    /** Ridge regression on standardised features: the baseline every other model must beat. */
    LINEAR;

    @JsonValue
    public String json() {
        return JsonNames.of(this);
    }

    /** The kind named as in JSON ("random-forest") or as the constant; null when none is. */
    public static ModelKind parse(String name) {
        return JsonNames.parse(ModelKind.class, name);
    }
}
