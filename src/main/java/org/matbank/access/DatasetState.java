package org.matbank.access;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a dataset is on its way to publication: draft (its writers only) -> shared (all members)
 * -> embargoed (metadata public, data hidden until a date, then public by itself) -> public.
 * Public data is withdrawn, never made private again; a withdrawn dataset stays as a tombstone.
 */
public enum DatasetState {
    DRAFT, SHARED, EMBARGOED, PUBLIC, WITHDRAWN;

    /** The states a dataset may move to from this one. */
    public Set<DatasetState> next() {
        switch (this) {
            case DRAFT:
                return EnumSet.of(SHARED, EMBARGOED, PUBLIC);
            case SHARED:
                return EnumSet.of(DRAFT, EMBARGOED, PUBLIC);
            case EMBARGOED:
                return EnumSet.of(EMBARGOED, PUBLIC);
            case PUBLIC:
                return EnumSet.of(WITHDRAWN);
            default:
                return EnumSet.noneOf(DatasetState.class);
        }
    }

    /** Whether anyone may see the metadata (name, description, state, embargo date, counts). */
    public boolean metadataPublic() {
        return this != DRAFT && this != SHARED;
    }

    @JsonValue
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DatasetState> parse(String text) {
        for (DatasetState s : values()) {
            if (text != null && s.text().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
