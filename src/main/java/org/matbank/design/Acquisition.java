package org.matbank.design;

import com.fasterxml.jackson.annotation.JsonValue;
import org.matbank.shared.JsonNames;

/**
 * How a design ranks candidates from their predictions (calibrated mean and sigma). Bound targets
 * always enter as the probability of meeting all of them (independent normal predictions).
 */
public enum Acquisition {
    /** The probability of meeting every bound target and of improving on the best value seen for each objective. */
    PROBABILITY,
    /** The expected improvement of the objectives over the best values seen, times the probability of meeting the bounds. */
    EXPECTED_IMPROVEMENT,
    /** The objectives' mean plus two sigma in their direction (optimism where the model is unsure); bounds as constraints. */
    UPPER_CONFIDENCE_BOUND,
    /** The objectives' predicted mean alone (pure exploitation); bounds as constraints. */
    EXPECTED_VALUE;

    /** Whether the score already includes the probability of meeting the bounds (otherwise they rank as constraints). */
    boolean multiplies() {
        return this == PROBABILITY || this == EXPECTED_IMPROVEMENT;
    }

    @JsonValue
    public String json() {
        return JsonNames.of(this);
    }

    public static Acquisition parse(String name) {
        return JsonNames.parse(Acquisition.class, name);
    }
}
