package org.matbank.export;

import java.security.SecureRandom;
import java.util.regex.Pattern;
import org.matbank.ingest.HistoryExport;

/**
 * The fingerprint of one export: {@code mbx-} and 128 random bits in lower-case base32 (26
 * letters a-z and digits 2-7), such as {@code mbx-k7q2m4x9...}. Random, not derived from the
 * recipient or the time, so that it cannot be guessed or forged for someone else, and tells
 * nothing by itself: only the export log of the MatBank that issued it names the recipient.
 * Lower-case base32 has no character that CSV, XML or JSON must quote and no dash or underscore
 * past the prefix, so a search of any text finds it whole.
 */
public final class ExportFingerprint {

    /** The name it goes by in every format: CSV and XLSX column, Parquet metadata key, XLSX property, JSON field. */
    public static final String FIELD = HistoryExport.FINGERPRINT_FIELD;
    /** A fingerprint anywhere in a text (not inside a longer run of base32). */
    public static final Pattern PATTERN = Pattern.compile("(?<![a-z2-7])mbx-[a-z2-7]{26}(?![a-z2-7])");

    static final String PREFIX = "mbx-";
    static final int LENGTH = PREFIX.length() + 26;
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ExportFingerprint() {
    }

    /** A new fingerprint. */
    public static String next() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        StringBuilder text = new StringBuilder(LENGTH).append(PREFIX);
        int buffer = 0;
        int held = 0;
        for (byte b : bits) {
            buffer = buffer << 8 | b & 0xff;
            held += 8;
            while (held >= 5) {
                text.append(BASE32[buffer >>> held - 5 & 31]);
                held -= 5;
            }
        }
        text.append(BASE32[buffer << 5 - held & 31]);   // 128 = 25 * 5 + 3: the last letter holds 3 bits
        return text.toString();
    }

    /** Whether a text is exactly one fingerprint. */
    public static boolean isOne(String text) {
        return text != null && text.length() == LENGTH && PATTERN.matcher(text).matches();
    }
}
