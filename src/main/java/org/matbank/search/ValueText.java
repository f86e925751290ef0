package org.matbank.search;

import java.util.Locale;
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

/** A value as a researcher writes it: "600 MPa", "600 ± 5 MPa", "water", "Fe 70, Ni 30". */
final class ValueText {

    private ValueText() {
    }

    static String of(Value value) {
        if (value == null) {
            return null;
        }
        if (value instanceof NominalReal v) {
            return withUnit(number(v.nominal()), v.units());
        } else if (value instanceof NormalReal v) {
            return withUnit(number(v.mean()) + " ± " + number(v.std()), v.units());
        } else if (value instanceof UniformReal v) {
            return withUnit(number(v.lowerBound()) + " – " + number(v.upperBound()), v.units());
        } else if (value instanceof NominalInteger v) {
            return Long.toString(v.nominal());
        } else if (value instanceof UniformInteger v) {
            return v.lowerBound() + " – " + v.upperBound();
        } else if (value instanceof NominalCategorical v) {
            return v.category();
        } else if (value instanceof DiscreteCategorical v) {
            return v.probabilities().entrySet().stream()
                    .map(e -> e.getKey() + " " + number(e.getValue())).collect(Collectors.joining(", "));
        } else if (value instanceof NominalComposition v) {
            return v.quantities().entrySet().stream()
                    .map(e -> e.getKey() + " " + number(e.getValue())).collect(Collectors.joining(", "));
        } else if (value instanceof EmpiricalFormula v) {
            return v.formula();
        } else if (value instanceof Smiles v) {
            return v.smiles();
        } else if (value instanceof InChI v) {
            return v.inchi();
        } else if (value instanceof Curve v) {
            return "curve of " + v.x().size() + " points";
        } else if (value instanceof FileValue v) {
            return v.filename() == null ? v.sha256() : v.filename();
        }
        return value.toString();
    }

    private static String withUnit(String number, String unit) {
        return unit == null || unit.isBlank() ? number : number + " " + unit;
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        return s.contains("e") ? s : s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
