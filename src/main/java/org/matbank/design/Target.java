package org.matbank.design;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import org.matbank.shared.JsonNames;
import org.matbank.shared.Units;

/**
 * What a design asks of one predicted property: at least, at most or within a range (a target to
 * meet), or as large or as small as possible (an objective to improve).
 *
 * @param property the model's target column ("property:fatigue strength"), or {@code cost}
 * @param low the lower bound (AT_LEAST, WITHIN), in {@code unit}
 * @param high the upper bound (AT_MOST, WITHIN)
 * @param unit the unit of low and high; null: the property's SI unit
 */
public record Target(String property, Kind kind, double low, double high, String unit) {

    /** The kinds of target. */
    public enum Kind {
        AT_LEAST, AT_MOST, WITHIN, MAXIMISE, MINIMISE;

        @JsonValue
        public String json() {
            return JsonNames.of(this);
        }

        /** The kind named as in JSON ("at-least") or as the constant; null when none is. */
        public static Kind parse(String name) {
            return JsonNames.parse(Kind.class, name);
        }
    }

    public Target {
        Objects.requireNonNull(property, "property");
    }

    /** A target as JSON gives it: a bound left out is NaN. */
    @JsonCreator
    static Target json(@JsonProperty("property") String property, @JsonProperty("kind") Kind kind, @JsonProperty("low") Double low,
            @JsonProperty("high") Double high, @JsonProperty("unit") String unit) {
        return new Target(property == null ? "" : property, kind, low == null ? Double.NaN : low, high == null ? Double.NaN : high, unit);
    }

    /** A target in the property's SI unit. */
    public Target(String property, Kind kind, double low, double high) {
        this(property, kind, low, high, null);
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
    @JsonIgnore
    public boolean isBound() {
        return kind == Kind.AT_LEAST || kind == Kind.AT_MOST || kind == Kind.WITHIN;
    }

    /** The same target with its bounds in SI (the unit must be of the property's dimension; checked by the caller). */
    public Target inSi() {
        if (unit == null || unit.isBlank()) {
            return this;
        }
        return new Target(property, kind, Double.isNaN(low) ? low : Units.toSi(low, unit), Double.isNaN(high) ? high : Units.toSi(high, unit), null);
    }
}
