package org.matbank.access;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one rule of which request needs which scope, until accounts arrive (issue 5):
 * <ul>
 * <li>{@code /api/tokens/**}, {@code /api/users/**}, {@code /api/audit/**}, {@code /api/exports/**} (the
 * export log), {@code /api/export/**} (the whole bank) and {@code /api/search/rebuild} need admin,
 * always, and so do writes to {@code /api/organisations/**};</li>
 * <li>other {@code /api/**} reads (GET, HEAD, OPTIONS, and the POSTs asking a model for predictions) need nothing;</li>
 * <li>other {@code /api/**} writes (every other method) need write, except that without a token
 * they need nothing while {@code matbank.access.anonymous-write} is true (the default: local
 * single-user mode). A request that does carry a token is held to the token's scopes either way.</li>
 * </ul>
 * Paths outside {@code /api} are not the rule's business.
 */
@Component
class AccessRule {

    static final String API = "/api";
    static final String TOKENS = "/api/tokens";
    /** Operator actions: rebuilding the search index. */
    static final String ADMIN_ACTIONS = "/api/search/rebuild";
    static final String USERS = "/api/users";
    /** The export log: who received which export (not {@code /api/export/...}, which are exports). */
    static final String EXPORTS = "/api/exports";
    static final String ORGANISATIONS = "/api/organisations";
    static final String ME = "/api/me";
    /** The whole bank as MatBank JSON: an operator's backup, not a way round the dataset rules. */
    static final String WHOLE_BANK_EXPORT = "/api/export";
    static final String AUDIT = "/api/audit";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    /** Posts that only read: a model's predictions change nothing, so a read-only token may ask for them. */
    private static final Pattern PREDICTIONS = Pattern.compile("/api/models/[^/]+/(predictions|what-if)");

    private final boolean anonymousWrite;

    AccessRule(@Value("${matbank.access.anonymous-write:true}") boolean anonymousWrite) {
        this.anonymousWrite = anonymousWrite;
    }

    /** Whether the rule has anything to say about a path. */
    static boolean covers(String path) {
        return under(path, API);
    }

    /** The scope a request needs, if any; {@code withCaller} says whether it comes from a valid token or a signed-in user. */
    Optional<Scope> needed(String method, String path, boolean withCaller) {
        if (!covers(path)) {
            return Optional.empty();
        }
        boolean read = READS.contains(method.toUpperCase(Locale.ROOT)) || PREDICTIONS.matcher(path).matches();
        if (under(path, TOKENS) || under(path, ADMIN_ACTIONS) || under(path, USERS) || under(path, WHOLE_BANK_EXPORT)
                || under(path, AUDIT) || under(path, EXPORTS)
                || !read && under(path, ORGANISATIONS)) {
            return Optional.of(Scope.ADMIN);
        }
        if (read || anonymousWrite && !withCaller || under(path, ME)) {
            return Optional.empty();
        }
        return Optional.of(Scope.WRITE);
    }

    /** Refuses a request its caller (null: no token) may not make: 401 without a token, 403 without the scope. */
    void check(String method, String path, Caller caller) {
        Optional<Scope> needed = needed(method, path, caller != null);
        if (needed.isEmpty() || caller != null && caller.has(needed.get())) {
            return;
        }
        String scope = needed.get().text();
        String request = method + " " + path;
        if (caller == null) {
            throw new InvalidInputException(Problem.UNAUTHORIZED, new Violation(AccessFilter.HEADER, "token.missing", null,
                    request + " needs a token with scope " + scope + ": send 'Authorization: Bearer <token>'"
                            + " (an administrator creates one with 'matbank token create')"));
        }
        throw new InvalidInputException(Problem.FORBIDDEN, new Violation(AccessFilter.HEADER, "token.scope.missing", scope,
                request + " needs scope " + scope + "; " + caller.describe() + " has "
                        + String.join(", ", caller.scopes().stream().sorted().map(Scope::text).toList())));
    }

    /** Whether a path is {@code prefix} or below it; letter case is ignored, so a look-alike path is never left open. */
    private static boolean under(String path, String prefix) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.equals(prefix) || p.startsWith(prefix + "/");
    }
}
