package org.matbank.record;

import org.matbank.shared.Violation;

/**
 * A violation found while checking a record, and whether it breaks a bounds rule (governed by the
 * validation level) or the structure (always refused).
 */
record Finding(Violation violation, boolean boundsRule) {

    static Finding error(String path, String rule, Object value, String message) {
        return new Finding(new Violation(path, rule, value, message), false);
    }

    static Finding bounds(String path, String rule, Object value, String message) {
        return new Finding(new Violation(path, rule, value, message), true);
    }
}
