package org.matbank.design;

import java.util.Objects;

/**
 * What a design asks of one predicted property: at least, at most or within a range (a target to
 * meet), or as large or as small as possible (an objective to improve).
 *
 * @param property the model's target column ("property:fatigue strength")
 * @param low the lower bound (AT_LEAST, WITHIN), in the property's SI unit
 * @param high the upper bound (AT_MOST, WITHIN)
 */
public record Target(String property, Kind kind, double low, double high) {

    /** The kinds of target. */
    public enum Kind {
        AT_LEAST, AT_MOST, WITHIN, MAXIMISE, MINIMISE
    }

    public Target {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(kind, "kind");
    }

    public static Target atLeast(String property, double low) {
        return new Target(property, Kind.AT_LEAST, low, Double.NaN);
    }

    public static Target atMost(String property, double high) {
        return new Target(property, Kind.AT_MOST, Double.NaN, high);
    }

    public static Target within(String property, double low, double high) {
        return new Target(property, Kind.WITHIN, low, high);
    }

    /** Whether this is a bound to meet rather than a direction to improve. */
    public boolean isBound() {
        return kind == Kind.AT_LEAST || kind == Kind.AT_MOST || kind == Kind.WITHIN;
    }
}
