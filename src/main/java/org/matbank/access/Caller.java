package org.matbank.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who sent a request: the token it carried, by id and name, the token's owner and its scopes. A
 * request without a token has no caller (anonymous); a request with a bad token never gets this
 * far (it is answered 401).
 *
 * @param tokenId the id of the token used
 * @param name    the token's name, e.g. {@code ci-pipeline}
 * @param owner   who the token belongs to (a person or a service; users arrive with issue 5)
 * @param scopes  the scopes the token was given
 */
public record Caller(UUID tokenId, String name, String owner, Set<Scope> scopes) {

    /** The request attribute holding the caller of a request that carried a valid token. */
    public static final String ATTRIBUTE = Caller.class.getName();

    public Caller {
        scopes = Set.copyOf(scopes);
    }

    /** The caller of a request, or empty when it carried no token. */
    public static Optional<Caller> of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Caller caller ? Optional.of(caller) : Optional.empty();
    }

    /** Whether one of the caller's scopes implies {@code needed}. */
    public boolean has(Scope needed) {
        return scopes.stream().anyMatch(scope -> scope.implies(needed));
    }
}
