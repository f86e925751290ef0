package org.matbank.access;

import java.util.List;

/** Fixtures shared by the token tests: tokens made through the service, bodies of small writes. */
final class TokenTestSupport {

    private TokenTestSupport() {
    }

    /** A token with the given scopes, made the way an operator's first admin token is made (no HTTP). */
    static IssuedToken issue(TokenService tokens, String name, String... scopes) {
        return tokens.create(new TokenRequest(name, "tester", List.of(scopes), null));
    }

    /** The header pair of a bearer token. */
    static String[] bearer(String secret) {
        return new String[] {"Authorization", "Bearer " + secret};
    }

    /** A small property template, a typical write. */
    static String template(String name) {
        return """
                {"type":"property_template","name":"%s",
                 "bounds":{"type":"real_bounds","lower_bound":0,"upper_bound":5000,"default_units":"MPa"}}""".formatted(name);
    }
}
