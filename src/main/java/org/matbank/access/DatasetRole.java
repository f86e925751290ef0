package org.matbank.access;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * A member's role in a dataset; each implies the ones after it. Owners manage members and the
 * state; curators change any record; contributors add records; viewers read.
 */
public enum DatasetRole {
    OWNER, CURATOR, CONTRIBUTOR, VIEWER;

    /** Whether a member with this role may do what {@code needed} may. */
    public boolean implies(DatasetRole needed) {
        return ordinal() <= needed.ordinal();
    }

    @JsonValue
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DatasetRole> parse(String text) {
        for (DatasetRole r : values()) {
            if (text != null && r.text().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
