package org.matbank.access;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.matbank.shared.Ids;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations and users: creating them, verifying organisations, passwords, and the bookkeeping
 * of sign-in (failures counted, an account locked for a while after too many in a row).
 */
@Service
public class AccountService {

    static final Set<String> KINDS = Set.of("institute", "university", "company", "other");
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final PasswordEncoder encoder;
    private final int lockAfter;
    private final Duration lockFor;

    AccountService(AccountRepository accounts, AuditLog audit, PasswordEncoder encoder,
            @Value("${matbank.sign-in.lock-after-failures:5}") int lockAfter,
            @Value("${matbank.sign-in.lock-duration:15m}") Duration lockFor) {
        this.accounts = accounts;
        this.audit = audit;
        this.encoder = encoder;
        this.lockAfter = lockAfter;
        this.lockFor = lockFor;
    }

    @Transactional
    public Organisation createOrganisation(AccountRequests.NewOrganisation request) {
        List<Violation> violations = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            violations.add(new Violation("name", "organisation.name.missing", request.name(), "an organisation needs a name"));
        } else if (accounts.organisationNamed(name).isPresent()) {
            throw new InvalidInputException(Problem.CONFLICT, new Violation("name", "organisation.name.taken", name,
                    "there is already an organisation named '" + name + "'"));
        }
        String kind = request.kind() == null ? null : request.kind().strip().toLowerCase(Locale.ROOT);
        if (kind == null || !KINDS.contains(kind)) {
            violations.add(new Violation("kind", "organisation.kind.unknown", request.kind(),
                    "the kind of an organisation is institute, university, company or other"));
        }
        String country = request.country() == null ? null : request.country().strip().toUpperCase(Locale.ROOT);
        if (country == null || !COUNTRY.matcher(country).matches()) {
            violations.add(new Violation("country", "organisation.country.code", request.country(),
                    "the country is a two-letter ISO 3166 code, e.g. KR or DE"));
        }
        refuseIfAny(violations);
        UUID id = Ids.next();
        accounts.insertOrganisation(id, name, kind, country);
        Organisation created = accounts.organisation(id).orElseThrow();
        audit.record("organisation.created", AuditTargets.of(created), Map.of("kind", kind, "country", country));
        return created;
    }

    public List<Organisation> organisations() {
        return accounts.organisations();
    }

    public Organisation organisation(UUID id) {
        return accounts.organisation(id).orElseThrow(() -> notFound("organisation", id));
    }

    /** Records that an administrator checked (or no longer vouches for) who an organisation is. */
    @Transactional
    public Organisation verify(UUID id, boolean verified, String by) {
        if (!accounts.verify(id, verified, by)) {
            throw notFound("organisation", id);
        }
        Organisation organisation = organisation(id);
        audit.record(verified ? "organisation.verified" : "organisation.verification-withdrawn", AuditTargets.of(organisation), Map.of());
        return organisation;
    }

    @Transactional
    public UserAccount createUser(AccountRequests.NewUser request) {
        List<Violation> violations = new ArrayList<>();
        String login = request.login() == null ? "" : request.login().strip().toLowerCase(Locale.ROOT);
        if (!LOGIN.matcher(login).matches()) {
            violations.add(new Violation("login", "user.login.format", request.login(),
                    "a login has 2 to 64 letters, digits or . _ @ - and starts with a letter or digit"));
        } else if (accounts.userByLogin(login).isPresent()) {
            throw new InvalidInputException(Problem.CONFLICT, new Violation("login", "user.login.taken", login,
                    "the login '" + login + "' is taken"));
        }
        String displayName = request.displayName() == null || request.displayName().isBlank() ? login : request.displayName().strip();
        if (request.organisationId() != null && accounts.organisation(request.organisationId()).isEmpty()) {
            violations.add(new Violation("organisation_id", "user.organisation.unknown", request.organisationId(),
                    "no organisation with this id"));
        }
        Passwords.check(request.password(), login, "password", violations);
        refuseIfAny(violations);
        UUID id = Ids.next();
        accounts.insertUser(id, login, displayName, blankToNull(request.email()), request.organisationId(),
                Boolean.TRUE.equals(request.administrator()), encoder.encode(request.password()));
        UserAccount created = accounts.user(id).orElseThrow();
        audit.record("user.created", AuditTargets.of(created), AuditTargets.detail(created));
        return created;
    }

    public List<UserAccount> users() {
        return accounts.users();
    }

    public UserAccount user(UUID id) {
        return accounts.user(id).orElseThrow(() -> notFound("user", id));
    }

    /** Changes a user's own password; the current one must be given and right. */
    @Transactional
    public void changePassword(UUID userId, AccountRequests.PasswordChange change) {
        UserAccount user = user(userId);
        String hash = accounts.passwordHash(user.login()).orElseThrow();
        if (change.currentPassword() == null || !encoder.matches(change.currentPassword(), hash)) {
            throw new InvalidInputException(Problem.FORBIDDEN, new Violation("current_password", "password.current.wrong", null,
                    "the current password is not right"));
        }
        List<Violation> violations = new ArrayList<>();
        Passwords.check(change.newPassword(), user.login(), "new_password", violations);
        refuseIfAny(violations);
        accounts.setPassword(userId, encoder.encode(change.newPassword()));
        audit.record("password.changed", AuditTargets.of(user), Map.of());
    }

    /**
     * Gives a user a new random password and lifts any lock; returns the password, to be shown once.
     * For an operator on the server's machine (the first administrator's printed password was lost).
     */
    @Transactional
    public String resetPassword(String login) {
        UserAccount user = accounts.userByLogin(login == null ? "" : login.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidInputException(Problem.NOT_FOUND, new Violation("login", "user.unknown", login,
                        "no user with the login '" + login + "'")));
        String password = Passwords.generate();
        accounts.setPassword(user.id(), encoder.encode(password));
        audit.record("password.reset", AuditTargets.of(user), Map.of());
        return password;
    }

    @Transactional
    public UserAccount disable(UUID id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Problem.INVALID, new Violation("reason", "user.disable.reason", reason,
                    "say why the account is disabled; the reason is kept"));
        }
        user(id);
        if (accounts.disable(id, reason.strip())) { // disabling a disabled user changes nothing, so records nothing
            audit.record("user.disabled", AuditTargets.of(user(id)), Map.of("reason", reason.strip()));
        }
        return user(id);
    }

    /**
     * Counts a failed sign-in of a known login; the last of {@code lockAfter} in a row locks the
     * account, and then this returns true.
     */
    boolean signInFailed(String login) {
        return accounts.failedSignIn(login.toLowerCase(Locale.ROOT), lockAfter, Instant.now().plus(lockFor));
    }

    void signInSucceeded(String login) {
        accounts.signedIn(login.toLowerCase(Locale.ROOT));
    }

    private static void refuseIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, violations);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static InvalidInputException notFound(String what, UUID id) {
        return new InvalidInputException(Problem.NOT_FOUND, new Violation("id", what + ".unknown", id, "no " + what + " with this id"));
    }
}
