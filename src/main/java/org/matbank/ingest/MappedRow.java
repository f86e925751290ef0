package org.matbank.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matbank.shared.Violation;

/**
 * One row of a mapped table, read cell by cell; every problem names the file, the row and the
 * column, so a researcher can find the cell in a spreadsheet program.
 */
final class MappedRow {

    /** The field that stands for the row's line number in the file, for files without an id column. */
    static final String LINE = "_line";
    private static final Pattern FIELD = Pattern.compile("\\{([^}]+)}");

    private final String file;
    private final long line;
    private final Map<String, String> cells;
    private final List<Violation> violations = new ArrayList<>();

    MappedRow(String file, long line, Map<String, String> cells) {
        this.file = file;
        this.line = line;
        this.cells = cells;
    }

    String place() {
        return file + " row " + line;
    }

    List<Violation> violations() {
        return violations;
    }

    /** The text of a cell, trimmed; null when blank. A column the file lacks is a violation. */
    String text(String column) {
        if (!cells.containsKey(column)) {
            violations.add(new Violation(place() + " column '" + column + "'", "csv.column.missing", column,
                    "the mapping names column '" + column + "' but the file has no such column"));
            return null;
        }
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A number from a cell; null (and a violation) when it is not one. Decimal commas are not guessed. */
    Double number(String column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException(text);   // NaN and Infinity parse, but are not measurements
            }
            return value;
        } catch (NumberFormatException e) {
            violations.add(new Violation(place() + " column '" + column + "'", "csv.number", text,
                    "expected a number such as 12.5 in column '" + column + "'"));
            return null;
        }
    }

    /** Replaces each {@code {column}} in a text with the cell's value. */
    String fill(String pattern) {
        if (pattern == null) {
            return null;
        }
        Matcher m = FIELD.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(1).equals(LINE) ? Long.toString(line) : text(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    void problem(String column, String rule, Object value, String message) {
        violations.add(new Violation(place() + (column == null ? "" : " column '" + column + "'"), rule, value, message));
    }
}
