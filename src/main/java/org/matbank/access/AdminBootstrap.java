package org.matbank.access;

import java.io.PrintStream;
import java.util.Optional;
import java.util.UUID;
import org.matbank.shared.Ids;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator. On a start with no active administrator, creates one with a random
 * password and prints the login and password once, on the console (standard error): there is no default password
 * to guess, and the password is not written to any log file or table (only its hash).
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    static final String LOGIN = "admin";

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final PasswordEncoder encoder;
    private final PrintStream console;

    AdminBootstrap(AccountRepository accounts, AuditLog audit, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.audit = audit;
        this.encoder = encoder;
        // standard error: a command whose standard output is its answer (token create prints the secret alone) stays clean
        this.console = System.err;
    }

    @Override
    public void run(ApplicationArguments args) {
        createFirstAdministrator().ifPresent(created -> console.println("""

                ================================================================
                 MatBank: first administrator created (shown this once only)
                   login:    %s
                   password: %s
                 Sign in at /login and change it (POST /api/me/password).
                ================================================================
                """.formatted(created.login(), created.password())));
    }

    /** The administrator created (login and password), or empty when an active one exists. */
    @Transactional
    Optional<Created> createFirstAdministrator() {
        if (accounts.anyAdministrator()) {
            return Optional.empty();
        }
        String login = LOGIN;
        for (int n = 2; accounts.userByLogin(login).isPresent(); n++) {
            login = LOGIN + n; // an "admin" that was disabled keeps its login and history
        }
        String password = Passwords.generate();
        UUID id = Ids.next();
        accounts.insertUser(id, login, "Administrator", null, null, true, encoder.encode(password));
        UserAccount created = accounts.user(id).orElseThrow();
        audit.record(AuditActor.SYSTEM, "user.created", AuditTargets.of(created), AuditTargets.detail(created));
        return Optional.of(new Created(login, password));
    }

    record Created(String login, String password) {
    }
}
