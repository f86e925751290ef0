package org.matbank.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;

/**
 * A reference to another object or template by one of its identifiers: the platform id (scope
 * {@value #PLATFORM_SCOPE}) or an external id {@code scope:id}. It is GEMD's {@code link_by_uid}.
 */
public record Link(String scope, String id) {

    /** The scope of MatBank's own platform ids (UUIDs). */
    public static final String PLATFORM_SCOPE = "matbank";

    public static Link platform(UUID id) {
        return new Link(PLATFORM_SCOPE, id.toString());
    }

    @JsonIgnore
    public boolean isPlatform() {
        return PLATFORM_SCOPE.equals(scope);
    }

    /** The platform id this link names, or null when it names an external id or is not a UUID. */
    @JsonIgnore
    public UUID platformId() {
        if (!isPlatform() || id == null) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return scope + ":" + id;
    }
}
