package org.matbank.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a value came from. The names are GEMD's. */
public enum Origin {
    MEASURED, COMPUTED, PREDICTED, SPECIFIED, SUMMARY, UNKNOWN;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Origin fromJson(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
