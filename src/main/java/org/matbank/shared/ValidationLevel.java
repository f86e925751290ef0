package org.matbank.shared;

import java.util.Locale;

/**
 * How strictly records are checked against their templates. Structural errors (unknown template,
 * dangling reference, wrong unit dimension, cycle) always fail; this level governs bounds rules.
 */
public enum ValidationLevel {
    /** Bounds violations are not reported. */
    IGNORE,
    /** Bounds violations are reported as warnings; the record is written. */
    WARN,
    /** Bounds violations reject the request; nothing is written. */
    FAIL;

    public static ValidationLevel parse(String text) {
        if (text == null || text.isBlank()) {
            return FAIL;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Problem.MALFORMED, new Violation("validation", "validation.level",
                    text, "validation level must be one of ignore, warn, fail"));
        }
    }
}
