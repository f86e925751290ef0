package org.matbank.web;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.matbank.record.Curve;
import org.matbank.record.DiscreteCategorical;
import org.matbank.record.EmpiricalFormula;
import org.matbank.record.FileValue;
import org.matbank.record.InChI;
import org.matbank.record.NominalCategorical;
import org.matbank.record.NominalComposition;
import org.matbank.record.NominalInteger;
import org.matbank.record.NominalReal;
import org.matbank.record.NormalReal;
import org.matbank.record.Smiles;
import org.matbank.record.UniformInteger;
import org.matbank.record.UniformReal;
import org.matbank.record.Value;

/**
 * A value as text in the unit it was entered in, with its spread (850 ± 25 MPa, 800 – 900 MPa),
 * and the name of its kind of distribution for the message bundles ({@code material.dist.*}).
 * Only data goes into the text: numbers, units, categories, element symbols.
 */
final class ValueTexts {

    private ValueTexts() {
    }

    static String entered(Value value) {
        if (value instanceof NominalReal v) {
            return withUnit(SearchTable.shown(v.nominal()), v.units());
        } else if (value instanceof NormalReal v) {
            return withUnit(SearchTable.shown(v.mean()) + " ± " + SearchTable.shown(v.std()), v.units());
        } else if (value instanceof UniformReal v) {
            return withUnit(SearchTable.shown(v.lowerBound()) + " – " + SearchTable.shown(v.upperBound()), v.units());
        } else if (value instanceof NominalInteger v) {
            return Long.toString(v.nominal());
        } else if (value instanceof UniformInteger v) {
            return v.lowerBound() + " – " + v.upperBound();
        } else if (value instanceof NominalCategorical v) {
            return v.category();
        } else if (value instanceof DiscreteCategorical v) {
            return amounts(v.probabilities(), 100, " %");
        } else if (value instanceof NominalComposition v) {
            return amounts(v.quantities(), 1, "");
        } else if (value instanceof EmpiricalFormula v) {
            return v.formula();
        } else if (value instanceof Smiles v) {
            return v.smiles();
        } else if (value instanceof InChI v) {
            return v.inchi();
        } else if (value instanceof Curve v) {
            return Objects.toString(v.yName(), "") + " / " + Objects.toString(v.xName(), "");
        } else if (value instanceof FileValue v) {
            return v.filename();
        }
        return "";
    }

    /** The kind of value, as a message suffix: nominal, normal, uniform, integer, category... */
    static String distribution(Value value) {
        if (value instanceof NominalReal) {
            return "nominal";
        } else if (value instanceof NormalReal) {
            return "normal";
        } else if (value instanceof UniformReal) {
            return "uniform";
        } else if (value instanceof NominalInteger) {
            return "integer";
        } else if (value instanceof UniformInteger) {
            return "integer-range";
        } else if (value instanceof NominalCategorical) {
            return "category";
        } else if (value instanceof DiscreteCategorical) {
            return "categories";
        } else if (value instanceof NominalComposition || value instanceof EmpiricalFormula) {
            return "composition";
        } else if (value instanceof Smiles || value instanceof InChI) {
            return "molecule";
        } else if (value instanceof Curve) {
            return "curve";
        } else if (value instanceof FileValue) {
            return "file";
        }
        return "unknown";
    }

    static String withUnit(String number, String unit) {
        return unit == null || unit.isBlank() || "dimensionless".equals(unit) ? number : number + " " + unit;
    }

    /** Amounts largest first: {@code Fe 97.9, C 0.4}. */
    private static String amounts(Map<String, Double> amounts, double scale, String unit) {
        return amounts.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(
                Comparator.nullsLast(Comparator.<Double>reverseOrder())).thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + (e.getValue() == null ? "" : SearchTable.shown(e.getValue() * scale)) + unit)
                .collect(Collectors.joining(", "));
    }
}
