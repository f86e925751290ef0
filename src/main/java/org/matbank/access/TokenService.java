package org.matbank.access;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.matbank.shared.Ids;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, lists, revokes and verifies API tokens. A token's secret leaves MatBank once, in the
 * answer to {@link #create}; the database keeps its SHA-256 only.
 */
@Service
public class TokenService {

    static final int MAX_DAYS = 36500;
    private static final Duration LAST_USED_STEP = Duration.ofMinutes(1);

    private final TokenRepository tokens;
    private final AuditLog audit;

    TokenService(TokenRepository tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    /** Creates a token and returns it with its secret, or refuses the request (422) naming every problem. */
    @Transactional
    public IssuedToken create(TokenRequest request) {
        return create(request, null);
    }

    /**
     * Creates a token that belongs to a user (its owner is the user's login), or for a service when
     * {@code user} is null. A user's token gets no scope beyond the user's own: admin only for an
     * administrator.
     */
    @Transactional
    public IssuedToken create(TokenRequest request, UserAccount user) {
        if (user != null) {
            request = new TokenRequest(request.name(), user.login(), request.scopes(), request.expiresInDays());
        }
        List<Violation> violations = new ArrayList<>();
        String name = required(request.name(), "name", violations);
        String owner = required(request.owner(), "owner", violations);
        List<Scope> scopes = scopes(request.scopes(), violations);
        if (user != null && !user.administrator() && scopes.contains(Scope.ADMIN)) {
            violations.add(new Violation("scopes", "token.scope.beyond.user", "admin",
                    "only an administrator may hold a token with scope admin"));
        }
        Integer days = request.expiresInDays();
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            violations.add(new Violation("expires_in_days", "token.expiry.range", days,
                    "a token expires in 1 to " + MAX_DAYS + " days, or never (leave expires_in_days out)"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, violations);
        }
        String secret = TokenSecrets.next();
        UUID id = Ids.next();
        Instant expiresAt = days == null ? null : Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
        tokens.insert(id, name, owner, user == null ? null : user.id(), TokenSecrets.hash(secret), scopes, expiresAt);
        ApiToken token = tokens.find(id).orElseThrow();
        Map<String, Object> detail = new LinkedHashMap<>(); // what the token may do; never its secret or hash
        detail.put("owner", token.owner());
        detail.put("user_id", token.userId());
        detail.put("scopes", token.scopes().stream().map(Scope::text).toList());
        detail.put("expires_at", token.expiresAt() == null ? null : token.expiresAt().toString());
        audit.record("token.created", AuditTargets.of(token), detail);
        return new IssuedToken(secret, token);
    }

    /** Every token, newest first, with its status; never a secret. */
    public List<ApiToken> list() {
        return tokens.all();
    }

    /** One token, or 404. */
    public ApiToken get(UUID id) {
        return tokens.find(id).orElseThrow(() -> notFound(id));
    }

    /** Revokes a token at once, keeping the reason; 404 if there is no such token, 409 if it was revoked before. */
    @Transactional
    public ApiToken revoke(UUID id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Problem.INVALID, new Violation("reason", "token.reason.missing", null,
                    "say why the token is revoked (e.g. 'laptop lost'); the reason is kept with the token"));
        }
        if (!tokens.revoke(id, reason.strip())) {
            ApiToken token = get(id);
            throw new InvalidInputException(Problem.CONFLICT, new Violation("id", "token.revoked", id,
                    "token '" + token.name() + "' was already revoked at " + token.revokedAt() + ": " + token.revokedReason()));
        }
        ApiToken revoked = get(id);
        audit.record("token.revoked", AuditTargets.of(revoked), Map.of("reason", revoked.revokedReason()));
        return revoked;
    }

    /** The caller a secret stands for, or empty if the secret is unknown, expired or revoked. Notes the use. */
    public Optional<Caller> verify(String secret) {
        return Optional.ofNullable(check(secret).caller());
    }

    /** Like {@link #verify}, but says why a secret does not work. */
    Verification check(String secret) {
        Optional<ApiToken> found = secret == null || !secret.startsWith(TokenSecrets.PREFIX) ? Optional.empty()
                : tokens.findByHash(TokenSecrets.hash(secret));
        if (found.isEmpty()) {
            return Verification.refused("token.unknown", "unknown token");
        }
        ApiToken token = found.get();
        if (token.revokedAt() != null) {
            return Verification.refused("token.revoked", "token revoked: "
                    + (token.revokedReason() == null ? "no reason given" : token.revokedReason()));
        }
        if (token.expiresAt() != null && !token.expiresAt().isAfter(Instant.now())) {
            return Verification.refused("token.expired", "token expired at " + token.expiresAt());
        }
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(Instant.now().minus(LAST_USED_STEP))) {
            tokens.used(token.id());
        }
        return Verification.valid(new Caller(token.userId(), token.owner(), token.id(), token.name(), Set.copyOf(token.scopes())));
    }

    private static String required(String text, String field, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(field, "token." + field + ".missing", text, "a token needs a " + field));
            return null;
        }
        return text.strip();
    }

    private static List<Scope> scopes(List<String> texts, List<Violation> violations) {
        if (texts == null || texts.isEmpty()) {
            violations.add(new Violation("scopes", "token.scopes.missing", null,
                    "a token needs at least one scope: read, write or admin"));
            return List.of();
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (int i = 0; i < texts.size(); i++) {
            Optional<Scope> scope = Scope.parse(texts.get(i));
            if (scope.isEmpty()) {
                violations.add(new Violation("scopes[" + i + "]", "token.scope.unknown", texts.get(i),
                        "unknown scope '" + texts.get(i) + "': the scopes are read, write and admin"));
            }
            scope.ifPresent(scopes::add);
        }
        return List.copyOf(scopes);
    }

    private static InvalidInputException notFound(UUID id) {
        return new InvalidInputException(Problem.NOT_FOUND, new Violation("id", "token.unknown", id, "no token with this id"));
    }
}
