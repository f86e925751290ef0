package org.matbank.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.matbank.shared.Units;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

/** Checks a value on its own: numbers finite, units known, curves of matching length, structures parseable. */
final class ValueChecks {

    private ValueChecks() {
    }

    static List<Finding> intrinsic(String path, String attribute, Value value) {
        List<Finding> f = new ArrayList<>();
        if (value == null) {
            f.add(Finding.error(path, "value.missing", null, "attribute '" + attribute + "' has no value"));
        } else if (value instanceof NominalReal v) {
            finite(f, path + ".nominal", v.nominal());
            unit(f, path + ".units", attribute, v.units());
        } else if (value instanceof NormalReal v) {
            finite(f, path + ".mean", v.mean());
            finite(f, path + ".std", v.std());
            if (v.std() < 0) {
                f.add(Finding.error(path + ".std", "value.std.negative", v.std(), "a standard deviation cannot be negative"));
            }
            unit(f, path + ".units", attribute, v.units());
        } else if (value instanceof UniformReal v) {
            finite(f, path + ".lower_bound", v.lowerBound());
            finite(f, path + ".upper_bound", v.upperBound());
            interval(f, path, v.lowerBound() > v.upperBound(), v.lowerBound() + ".." + v.upperBound());
            unit(f, path + ".units", attribute, v.units());
        } else if (value instanceof UniformInteger v) {
            interval(f, path, v.lowerBound() > v.upperBound(), v.lowerBound() + ".." + v.upperBound());
        } else if (value instanceof NominalComposition v) {
            composition(f, path, v);
        } else if (value instanceof EmpiricalFormula v && v.components() == null) {
            f.add(Finding.error(path + ".formula", "formula.malformed", v.formula(),
                    "not a formula of element symbols and amounts, such as Fe0.7Ni0.3"));
        } else if (value instanceof Smiles v) {
            smiles(f, path, v);
        } else if (value instanceof InChI v && (v.inchi() == null || !v.inchi().startsWith("InChI=1"))) {
            f.add(Finding.error(path + ".inchi", "inchi.malformed", v.inchi(), "an InChI starts with InChI=1"));
        } else if (value instanceof Curve v) {
            curve(f, path, attribute, v);
        } else if (value instanceof FileValue v && (v.sha256() == null || !v.sha256().matches("[0-9a-f]{64}"))) {
            f.add(Finding.error(path + ".sha256", "file.hash.malformed", v.sha256(),
                    "a file value names the SHA-256 of an uploaded file (64 hex digits)"));
        }
        return f;
    }

    private static void composition(List<Finding> f, String path, NominalComposition v) {
        if (v.quantities().isEmpty()) {
            f.add(Finding.error(path + ".quantities", "composition.empty", null, "a composition names at least one component"));
        }
        v.quantities().forEach((component, amount) -> {
            if (amount == null || !Double.isFinite(amount) || amount < 0) {
                f.add(Finding.error(path + ".quantities." + component, "composition.amount", amount,
                        "a component amount is a finite number, zero or more"));
            }
        });
        if (v.basis() != null && !Set.of("mass", "atomic", "volume", "molar").contains(v.basis())) {
            f.add(Finding.error(path + ".basis", "composition.basis", v.basis(), "basis is one of mass, atomic, volume, molar"));
        }
    }

    private static void smiles(List<Finding> f, String path, Smiles v) {
        try {
            if (v.smiles() == null || v.smiles().isBlank()) {
                throw new InvalidSmilesException("empty");
            }
            new SmilesParser(SilentChemObjectBuilder.getInstance()).parseSmiles(v.smiles());
        } catch (InvalidSmilesException e) {
            f.add(Finding.error(path + ".smiles", "smiles.malformed", v.smiles(), "CDK cannot read this SMILES: " + e.getMessage()));
        }
    }

    private static void curve(List<Finding> f, String path, String attribute, Curve v) {
        if (v.x().size() != v.y().size()) {
            f.add(Finding.error(path, "curve.length", v.x().size() + " x, " + v.y().size() + " y",
                    "a curve has as many x values as y values"));
        }
        if (v.x().isEmpty()) {
            f.add(Finding.error(path + ".x", "curve.empty", null, "a curve has at least one point"));
        }
        for (int i = 0; i < v.x().size(); i++) {
            finite(f, path + ".x[" + i + "]", v.x().get(i));
        }
        for (int i = 0; i < v.y().size(); i++) {
            finite(f, path + ".y[" + i + "]", v.y().get(i));
        }
        unit(f, path + ".x_units", attribute, v.xUnits());
        unit(f, path + ".y_units", attribute, v.yUnits());
    }

    private static void interval(List<Finding> f, String path, boolean reversed, String shown) {
        if (reversed) {
            f.add(Finding.error(path, "value.interval.reversed", shown, "lower_bound is above upper_bound"));
        }
    }

    private static void finite(List<Finding> f, String path, Double number) {
        if (number == null || !Double.isFinite(number)) {
            f.add(Finding.error(path, "value.not-finite", number, "a value is a finite number"));
        }
    }

    private static void unit(List<Finding> f, String path, String attribute, String units) {
        if (Units.parse(units) == null) {
            f.add(Finding.error(path, "unit.unknown", units, "attribute '" + attribute + "': unknown unit '" + units + "'"));
        }
    }
}
