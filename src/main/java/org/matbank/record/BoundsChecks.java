package org.matbank.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.matbank.shared.Units;
import org.matbank.template.Bounds;
import org.matbank.template.CategoricalBounds;
import org.matbank.template.CompositionBounds;
import org.matbank.template.IntegerBounds;
import org.matbank.template.MolecularStructureBounds;
import org.matbank.template.RealBounds;

/** Checks a value against bounds: kind of value, unit dimension, range, categories, components. */
final class BoundsChecks {

    private BoundsChecks() {
    }

    /**
     * @param source who set the bounds, for the message ("template 'fatigue strength' v2")
     */
    static List<Finding> check(String path, String attribute, Value value, Bounds bounds, String source) {
        List<Finding> f = new ArrayList<>();
        if (value == null || bounds == null || value instanceof FileValue) {
            return f;
        }
        if (bounds instanceof RealBounds b && value instanceof RealValue v) {
            real(f, path, attribute, v.units(), List.of(v.lower(), v.upper()), b, source);
        } else if (bounds instanceof RealBounds b && value instanceof Curve c) {
            real(f, path + ".y", attribute, c.yUnits(), c.y(), b, source);
        } else if (bounds instanceof IntegerBounds b && value instanceof IntegerValue v) {
            if (!b.contains(v.lower()) || !b.contains(v.upper())) {
                f.add(Finding.bounds(path, "bounds.range", v.lower() == v.upper() ? v.lower() : v.lower() + ".." + v.upper(),
                        "attribute '" + attribute + "' must lie in " + b.lowerBound() + ".." + b.upperBound() + " (" + source + ")"));
            }
        } else if (bounds instanceof CategoricalBounds b && value instanceof CategoricalValue v) {
            Set<String> unknown = new TreeSet<>(v.categoriesNamed());
            unknown.removeAll(b.categories());
            if (!unknown.isEmpty() || v.categoriesNamed().isEmpty()) {
                f.add(Finding.bounds(path, "bounds.category", String.join(", ", unknown),
                        "attribute '" + attribute + "' must be one of " + b.categories() + " (" + source + ")"));
            }
        } else if (bounds instanceof CompositionBounds b && value instanceof CompositionValue v) {
            Set<String> unknown = new TreeSet<>(v.components() == null ? Set.of() : v.components());
            unknown.removeAll(b.components());
            if (!unknown.isEmpty()) {
                f.add(Finding.bounds(path, "bounds.component", String.join(", ", unknown),
                        "attribute '" + attribute + "' may contain only " + b.components() + " (" + source + ")"));
            }
        } else if (!(bounds instanceof MolecularStructureBounds && value instanceof MolecularValue)) {
            f.add(Finding.error(path + ".type", "value.type-mismatch", typeName(value),
                    "attribute '" + attribute + "' takes values fitting " + typeName(bounds) + " (" + source + ")"));
        }
        return f;
    }

    private static void real(List<Finding> f, String path, String attribute, String units, List<Double> numbers,
            RealBounds b, String source) {
        if (Units.parse(units) == null) {
            return; // reported by the intrinsic checks
        }
        if (!Units.compatible(units, b.defaultUnits())) {
            String basis = Units.basis(units);
            String expected = Units.basis(b.defaultUnits());
            String why = basis != null && expected != null && !basis.equals(expected)
                    ? "a " + basis + " fraction cannot stand for a " + expected + " fraction"
                    : "unit '" + units + "' has dimension " + Units.dimension(units) + ", expected dimension "
                    + Units.dimension(b.defaultUnits()) + " (like " + displayUnit(b.defaultUnits()) + ")";
            f.add(Finding.error(path + ".units", "unit.dimension", units, "attribute '" + attribute + "': " + why));
            return;
        }
        for (Double number : numbers) {
            if (number != null && Double.isFinite(number) && !b.contains(number, units)) {
                f.add(Finding.bounds(path, "bounds.range", number + " " + units,
                        "attribute '" + attribute + "' must lie in " + b.lowerBound() + ".." + b.upperBound() + " "
                                + displayUnit(b.defaultUnits()) + " (" + source + ")"));
                return;
            }
        }
    }

    /** The SI form of a real value, or null for values that are not real. */
    static SiValue si(Value value) {
        if (!(value instanceof RealValue v) || Units.parse(v.units()) == null || !Double.isFinite(v.central())) {
            return null;
        }
        boolean interval = value instanceof UniformReal;
        return new SiValue(Units.toSi(v.central(), v.units()),
                interval ? Units.toSi(v.lower(), v.units()) : null,
                interval ? Units.toSi(v.upper(), v.units()) : null,
                Units.siUnit(v.units()));
    }

    private static String displayUnit(String unit) {
        return unit == null || unit.isBlank() ? "dimensionless" : unit;
    }

    private static String typeName(Object o) {
        return o.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
