package org.matbank.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who sent a request: a user signed in with a password (session), or the holder of an API token.
 * A request with neither has no caller (anonymous); a request with a bad token never gets this far
 * (it is answered 401).
 *
 * @param userId  the user, for a signed-in user and for a token that belongs to one; else null
 * @param owner   the user's login, or the owner named on a token (a person or a service)
 * @param tokenId the token used, or null for a signed-in user
 * @param name    the token's name, e.g. {@code ci-pipeline}, or null for a signed-in user
 * @param scopes  what the caller may do: the token's scopes; for a user, admin or write
 */
public record Caller(UUID userId, String owner, UUID tokenId, String name, Set<Scope> scopes) {

    /** The request attribute holding the caller of a request. */
    public static final String ATTRIBUTE = Caller.class.getName();

    public Caller {
        scopes = Set.copyOf(scopes);
    }

    /** The caller of a request, or empty when it is anonymous. */
    public static Optional<Caller> of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Caller caller ? Optional.of(caller) : Optional.empty();
    }

    /** Whether one of the caller's scopes implies {@code needed}. */
    public boolean has(Scope needed) {
        return scopes.stream().anyMatch(scope -> scope.implies(needed));
    }

    /** Who it is, for messages and records: {@code user 'kim' (signed in)} or {@code token 'ci-pipeline' of kim}. */
    public String describe() {
        return tokenId == null ? "user '" + owner + "' (signed in)" : "token '" + name + "' of " + owner;
    }
}
