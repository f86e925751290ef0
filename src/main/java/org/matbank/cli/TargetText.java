package org.matbank.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matbank.design.Target;

/**
 * A target as written on the command line: {@code "property:fatigue strength>=700 MPa"},
 * {@code "<= 0.2"}, a range {@code "=600..800 MPa"}, or {@code " max"} / {@code " min"} after the
 * property. Null when the text is none of these.
 */
final class TargetText {

    private static final String NUMBER = "[-+]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)(?:[eE][-+]?\\d+)?";
    private static final Pattern BOUND = Pattern.compile("(.+?)\\s*(>=|<=|=)\\s*(" + NUMBER + ")(?:\\s*\\.\\.\\s*(" + NUMBER + "))?\\s*(.*)");
    private static final Pattern OBJECTIVE = Pattern.compile("(.+?)\\s+(max|min|maximise|minimise|maximize|minimize)\\s*", Pattern.CASE_INSENSITIVE);

    private TargetText() {
    }

    static Target parse(String text) {
        Matcher objective = OBJECTIVE.matcher(text);
        if (objective.matches()) {
            boolean max = objective.group(2).toLowerCase(Locale.ROOT).startsWith("max");
            return new Target(objective.group(1).strip(), max ? Target.Kind.MAXIMISE : Target.Kind.MINIMISE, Double.NaN, Double.NaN);
        }
        Matcher bound = BOUND.matcher(text);
        if (!bound.matches()) {
            return null;
        }
        try {
            String property = bound.group(1).strip();
            double first = Double.parseDouble(bound.group(3));
            String unit = bound.group(5).isBlank() ? null : bound.group(5).strip();
            return switch (bound.group(2)) {
                case ">=" -> bound.group(4) == null ? new Target(property, Target.Kind.AT_LEAST, first, Double.NaN, unit) : null;
                case "<=" -> bound.group(4) == null ? new Target(property, Target.Kind.AT_MOST, Double.NaN, first, unit) : null;
                default -> bound.group(4) == null ? null
                        : new Target(property, Target.Kind.WITHIN, first, Double.parseDouble(bound.group(4)), unit);
            };
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
