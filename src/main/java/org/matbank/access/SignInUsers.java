package org.matbank.access;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Spring Security's view of MatBank's users: loads a user for a sign-in (a locked or disabled
 * account is refused before its password is checked) and keeps the count of failures in a row.
 */
@Component
class SignInUsers implements UserDetailsService {

    private final AccountRepository accounts;
    private final AccountService service;

    SignInUsers(AccountRepository accounts, AccountService service) {
        this.accounts = accounts;
        this.service = service;
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
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Object name = event.getAuthentication().getPrincipal();
        if (name instanceof String login && !login.isBlank()) {
            service.signInFailed(login.strip()); // an unknown login changes nothing (the rate limit still counts it)
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof Principal p) {
            service.signInSucceeded(p.login());
        }
    }
}
