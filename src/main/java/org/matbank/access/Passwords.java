package org.matbank.access;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import org.matbank.shared.Violation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are kept and what a new one must be. Hashes are Argon2id with Spring Security's
 * current parameters (OWASP's first choice); the policy follows NIST SP 800-63B: length matters,
 * composition rules do not, and a password that contains the login is refused.
 */
@Configuration(proxyBeanMethods = false)
class Passwords {

    static final int MIN_LENGTH = 12;
    /** Argon2 hashes whatever it is given: an upper bound keeps a sign-in from costing arbitrary work. */
    static final int MAX_LENGTH = 200;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    /** Adds a violation for each rule a new password breaks. */
    static void check(String password, String login, String field, List<Violation> violations) {
        if (password == null || password.isEmpty()) {
            violations.add(new Violation(field, "password.missing", null, "a password is needed"));
            return;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            violations.add(new Violation(field, "password.length", length + " characters",
                    "a password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters (a few words make a good one)"));
        } else if (password.chars().distinct().count() < 4) {
            violations.add(new Violation(field, "password.repetitive", null, "a password needs at least 4 different characters"));
        }
        if (login != null && !login.isBlank() && password.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT))) {
            violations.add(new Violation(field, "password.contains.login", null, "a password must not contain the login"));
        }
    }

    /** A random password of 20 letters and digits (about 116 bits), for the first administrator. */
    static String generate() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
