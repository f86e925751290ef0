package org.matbank.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Platform ids: UUID version 7 (RFC 9562), a millisecond timestamp followed by random bits. Ids
 * made one after another sort one after another, so a bulk import appends to the primary-key
 * indexes instead of writing all over them, and its rate does not fall as the tables grow.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID next() {
        long millis = System.currentTimeMillis();
        long random = RANDOM.nextLong();
        long high = (millis << 16) | 0x7000L | ((random >>> 52) & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
