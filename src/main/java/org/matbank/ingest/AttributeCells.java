package org.matbank.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.matbank.record.Attribute;
import org.matbank.record.InChI;
import org.matbank.record.NominalCategorical;
import org.matbank.record.NominalComposition;
import org.matbank.record.NominalInteger;
import org.matbank.record.NominalReal;
import org.matbank.record.NormalReal;
import org.matbank.record.Smiles;
import org.matbank.record.Value;
import org.matbank.shared.Link;
import org.matbank.shared.Origin;
import org.matbank.shared.Units;
import org.matbank.shared.Violation;

/**
 * Reads the value of one attribute column in one row: numbers with their unit (the unit column,
 * or the template's unit when it is blank), {@code 850 ± 12} as a normal distribution, whole
 * numbers, categories from the template's list, compositions ({@code Fe 70, Ni 30}) and molecules.
 * Whether the value lies within bounds is left to the record validator.
 */
final class AttributeCells {

    private static final Pattern MEAN_STD = Pattern.compile("(.+?)\\s*(?:±|\\+/-|\\+-)\\s*(.+)");
    private static final Pattern COMPONENT = Pattern.compile("\\s*([^\\s:=]+)\\s*[:=]?\\s*([^\\s,;]+)\\s*");

    private AttributeCells() {
    }

    /** The attribute, or null when the cell is blank or unreadable (then with a violation). */
    static Attribute read(WorkbookCells cells, Row row, WorkbookColumn c, Origin origin, List<Violation> violations) {
        if (cells.text(row, c.index()) == null) {
            return null;
        }
        Value value = switch (c.valueType()) {
            case "real" -> real(cells, row, c, violations);
            case "integer" -> {
                Long n = cells.integer(row, c.index(), violations);
                yield n == null ? null : new NominalInteger(n);
            }
            case "categorical" -> categorical(cells, row, c, violations);
            case "composition" -> composition(cells, row, c, violations);
            case "molecule" -> molecule(cells.text(row, c.index()));
            default -> new NominalCategorical(cells.text(row, c.index()));
        };
        if (value == null) {
            return null;
        }
        return new Attribute(c.name(), Link.platform(c.template()), c.version(), value, origin, null, null, null, null);
    }

    private static Value real(WorkbookCells cells, Row row, WorkbookColumn c, List<Violation> violations) {
        String unit = unit(cells, row, c, violations);
        String text = cells.text(row, c.index());
        Matcher meanStd = MEAN_STD.matcher(text);
        if (meanStd.matches()) {
            Double mean = WorkbookCells.parse(meanStd.group(1));
            Double std = WorkbookCells.parse(meanStd.group(2));
            if (mean == null || std == null) {
                violations.add(cells.violation(row, c.index(), "cell.not-a-number", text,
                        "'" + text + "' is neither a number nor a mean ± standard deviation"));
                return null;
            }
            return unit == null ? null : new NormalReal(mean, std, unit);
        }
        Double number = cells.number(row, c.index(), violations);
        return number == null || unit == null ? null : new NominalReal(number, unit);
    }

    /** The unit of a real cell; null (with a violation) when it is unknown or of another dimension. */
    private static String unit(WorkbookCells cells, Row row, WorkbookColumn c, List<Violation> violations) {
        String standard = c.unit() == null ? "" : c.unit();
        String given = cells.text(row, c.unitIndex());
        if (given == null) {
            return standard;
        }
        String unit = given.equalsIgnoreCase("dimensionless") ? "" : given;
        if (Units.parse(unit) == null) {
            violations.add(cells.violation(row, c.unitIndex(), "unit.unknown", given, "'" + given + "' is not a unit MatBank knows"));
            return null;
        }
        if (!Units.compatible(unit, standard)) {
            violations.add(cells.violation(row, c.unitIndex(), "unit.incompatible", given, "'" + given
                    + "' cannot be converted to " + WorkbookGenerator.display(standard) + ", the unit of " + c.name()));
            return null;
        }
        return unit;
    }

    private static Value categorical(WorkbookCells cells, Row row, WorkbookColumn c, List<Violation> violations) {
        String text = cells.text(row, c.index());
        if (!c.categories().isEmpty() && !c.categories().contains(text)) {
            violations.add(cells.violation(row, c.index(), "category.not-allowed", text,
                    "'" + text + "' is not one of " + String.join(", ", c.categories())));
            return null;
        }
        return new NominalCategorical(text);
    }

    private static Value composition(WorkbookCells cells, Row row, WorkbookColumn c, List<Violation> violations) {
        String text = cells.text(row, c.index());
        Map<String, Double> quantities = new LinkedHashMap<>();
        for (String part : text.split("[,;]")) {
            Matcher m = COMPONENT.matcher(part);
            Double amount = m.matches() ? WorkbookCells.parse(m.group(2)) : null;
            if (amount == null) {
                violations.add(cells.violation(row, c.index(), "cell.not-a-composition", text,
                        "write a composition as component amount pairs: Fe 70, Ni 30"));
                return null;
            }
            quantities.put(m.group(1), amount);
        }
        return new NominalComposition(quantities, null);
    }

    private static Value molecule(String text) {
        return text.startsWith("InChI=") ? new InChI(text) : new Smiles(text);
    }
}
