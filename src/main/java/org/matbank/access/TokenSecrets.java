package org.matbank.access;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.matbank.shared.Sha256;

/** Token secrets: {@code mbk_} and 32 random bytes in base64url; stored only as their SHA-256. */
final class TokenSecrets {

    static final String PREFIX = "mbk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a secret: its SHA-256 as lower-case hex. */
    static String hash(String secret) {
        return Sha256.of(secret.getBytes(StandardCharsets.UTF_8));
    }
}
