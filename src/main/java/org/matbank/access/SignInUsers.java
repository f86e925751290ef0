package org.matbank.access;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Spring Security's view of MatBank's users: loads a user for a sign-in (a locked or disabled
 * account is refused before its password is checked), keeps the count of failures in a row, and
 * records every sign-in, failed or not, in the audit log with the client's address.
 */
@Component
class SignInUsers implements UserDetailsService {

    private final AccountRepository accounts;
    private final AccountService service;
    private final AuditLog audit;

    SignInUsers(AccountRepository accounts, AccountService service, AuditLog audit) {
        this.accounts = accounts;
        this.service = service;
        this.audit = audit;
    }

    /**
     * A signed-in user, as held in the session. The password hash is needed for the one check and
     * erased after it (Spring Security calls {@link #eraseCredentials}), so no session holds it.
     */
    static final class Principal implements UserDetails, CredentialsContainer {

        private final UUID userId;
        private final String login;
        private final boolean administrator;
        private final boolean locked;
        private final boolean disabled;
        private String passwordHash;

        Principal(UUID userId, String login, boolean administrator, String passwordHash, boolean locked, boolean disabled) {
            this.userId = userId;
            this.login = login;
            this.administrator = administrator;
            this.passwordHash = passwordHash;
            this.locked = locked;
            this.disabled = disabled;
        }

        UUID userId() {
            return userId;
        }

        String login() {
            return login;
        }

        boolean administrator() {
            return administrator;
        }

        @Override
        public List<? extends GrantedAuthority> getAuthorities() {
            return administrator ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_USER"))
                    : List.of(new SimpleGrantedAuthority("ROLE_USER"));
        }

        @Override
        public String getPassword() {
            return passwordHash;
        }

        @Override
        public String getUsername() {
            return login;
        }

        @Override
        public boolean isAccountNonLocked() {
            return !locked;
        }

        @Override
        public boolean isEnabled() {
            return !disabled;
        }

        @Override
        public void eraseCredentials() {
            passwordHash = null;
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String login = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        UserAccount user = accounts.userByLogin(login).orElseThrow(() -> new UsernameNotFoundException("unknown login"));
        String hash = accounts.passwordHash(login).orElseThrow(() -> new UsernameNotFoundException("unknown login"));
        return new Principal(user.id(), user.login(), user.administrator(), hash, user.lockedAt(Instant.now()),
                user.disabledAt() != null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Object name = event.getAuthentication().getPrincipal();
        String login = name instanceof String text ? text.strip().toLowerCase(Locale.ROOT) : "";
        Optional<UserAccount> user = login.isEmpty() ? Optional.empty() : accounts.userByLogin(login);
        Map<String, Object> detail = new LinkedHashMap<>();
        if (event.getException() instanceof BadCredentialsException) {
            // an unknown login is not named: it is often a password typed into the wrong field
            detail.put("reason", user.isPresent() ? "wrong password" : "unknown login");
            if (user.isPresent() && service.signInFailed(login)) {
                detail.put("locked", true);
            }
        } else {
            detail.put("reason", event.getException() instanceof LockedException ? "account locked"
                    : event.getException() instanceof DisabledException ? "account disabled"
                    : event.getException().getClass().getSimpleName());
        }
        audit.record(new AuditActor("anonymous", null, address(event.getAuthentication())), "sign-in.failed",
                user.map(AuditTargets::of).orElse(null), detail);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof Principal p) {
            service.signInSucceeded(p.login());
            audit.record(new AuditActor("user '" + p.login() + "' (signed in)", p.userId(), address(event.getAuthentication())),
                    "sign-in.succeeded", accounts.user(p.userId()).map(AuditTargets::of).orElse(null), Map.of());
        }
    }

    /** The client address Spring Security noted with the attempt (behind a proxy: from X-Forwarded-For). */
    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : AuditActor.current().address();
    }
}
