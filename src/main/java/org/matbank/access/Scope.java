package org.matbank.access;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** What a token may do. Each scope implies the ones before it: admin implies write implies read. */
public enum Scope {
    /** Read anything the API serves. */
    READ,
    /** Also create, change and import data. */
    WRITE,
    /** Also manage tokens. */
    ADMIN;

    /** Whether a token with this scope may do what {@code needed} allows. */
    public boolean implies(Scope needed) {
        return ordinal() >= needed.ordinal();
    }

    /** The name as written in JSON, the database and on the command line: read, write or admin. */
    @JsonValue
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scope of a name (any case, surrounding blanks ignored), or empty if there is none of that name. */
    public static Optional<Scope> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Scope scope : values()) {
            if (scope.text().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
