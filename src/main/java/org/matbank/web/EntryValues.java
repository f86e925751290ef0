package org.matbank.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.matbank.record.InChI;
import org.matbank.record.NominalCategorical;
import org.matbank.record.NominalComposition;
import org.matbank.record.NominalInteger;
import org.matbank.record.NominalReal;
import org.matbank.record.NormalReal;
import org.matbank.record.Smiles;
import org.matbank.record.Value;
import org.matbank.shared.Violation;

/**
 * The posted entry form read as MatBank values. A blank input is a value not given (the API's
 * checks then say whether the template requires it); text that is no number or date cannot even
 * be sent to the API, so it is a problem of the form itself ({@code form.*} rules, said in the
 * page language), kept by the field's key.
 */
final class EntryValues {

    private static final String DIMENSIONLESS = "dimensionless";
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?");

    private final Map<String, String> form;
    private final Map<String, List<Violation>> problems = new LinkedHashMap<>();

    EntryValues(Map<String, String> form) {
        this.form = form;
    }

    /** The input's text, stripped; null when blank or absent. */
    String text(String name) {
        String value = form.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    Map<String, List<Violation>> problems() {
        return problems;
    }

    /** The field's value, or null when it was left blank or cannot be read. */
    Value value(EntryField f) {
        String key = f.key();
        if ("composition".equals(f.kind())) {
            return composition(f);
        }
        String text = text(key + "-v");
        if (text == null) {
            return null;
        }
        switch (f.kind()) {
            case "real": {
                Double number = number(key, text);
                String unit = text(key + "-u");
                unit = unit == null ? f.unit() : unit;
                unit = DIMENSIONLESS.equals(unit) ? "" : unit;
                String spread = text(key + "-e");
                Double std = spread == null ? null : number(key, spread);
                if (number == null || spread != null && std == null) {
                    return null;
                }
                return std == null ? new NominalReal(number, unit) : new NormalReal(number, std, unit);
            }
            case "integer":
                try {
                    return new NominalInteger(Long.parseLong(text));
                } catch (NumberFormatException e) {
                    problem(key, "form.integer", text);
                    return null;
                }
            case "categorical":
                return new NominalCategorical(text);
            default:
                return text.startsWith("InChI=") ? new InChI(text) : new Smiles(text);
        }
    }

    private Value composition(EntryField f) {
        Map<String, Double> quantities = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int row : f.rowIndexes()) {
            String component = f.fixedComponents() ? f.component(row) : text(f.key() + "-n" + row);
            String amount = text(f.key() + "-q" + row);
            if (amount == null) {
                continue;
            }
            Double number = number(f.key(), amount);
            if (component == null) {
                problem(f.key(), "form.component", amount);
            } else if (!seen.add(component)) {
                // two rows of one component are a slip (a second Cr meant as Cu?): adding them up would hide it
                problem(f.key(), "form.duplicate", component);
            } else if (number != null) {
                quantities.put(component, number);
            }
        }
        String basis = text(f.key() + "-b");
        return quantities.isEmpty() ? null : new NominalComposition(quantities, basis == null ? "mass" : basis);
    }

    /**
     * A number, or null and a problem. A comma is not read: 1,234 may mean a thousand or one point
     * two, and a silent guess would store the wrong value.
     */
    Double number(String key, String text) {
        // Java would also read 12d, 0x1p3 and NaN as numbers; a researcher means none of them
        if (NUMBER.matcher(text).matches() && Double.isFinite(Double.parseDouble(text))) {
            return Double.parseDouble(text);
        }
        problem(key, "form.number", text);
        return null;
    }

    LocalDate date(String key, String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(key, "form.date", text);
            return null;
        }
    }

    void problem(String key, String rule, String value) {
        problems.computeIfAbsent(key, k -> new ArrayList<>()).add(new Violation(key, rule, value, null));
    }
}
