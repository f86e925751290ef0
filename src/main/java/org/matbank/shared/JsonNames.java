package org.matbank.shared;

import java.util.Locale;

/**
 * Enum constants as the API writes them: lower case with hyphens ("gradient-boosting",
 * "at-least"), and read back either so or as the Java constant, in any case.
 */
public final class JsonNames {

    private JsonNames() {
    }

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant named as in JSON or as in Java, in any case; null when none is. */
    public static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equalsIgnoreCase(name) || constant.name().equalsIgnoreCase(name)) {
                return constant;
            }
        }
        return null;
    }
}
