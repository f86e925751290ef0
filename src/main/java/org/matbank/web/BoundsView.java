package org.matbank.web;

import java.math.BigDecimal;
import java.util.List;
import org.matbank.template.Bounds;
import org.matbank.template.CategoricalBounds;
import org.matbank.template.CompositionBounds;
import org.matbank.template.IntegerBounds;
import org.matbank.template.RealBounds;

/**
 * Bounds as a page shows them: which kind ({@code real}, {@code realPlain} for a dimensionless
 * range, {@code integer}, {@code categorical}, {@code composition}, {@code molecular}), the range
 * as written in the template and the listed categories or components. The sentence around them
 * comes from the bundle ({@code templates.bounds.<kind>}), so it reads in the page language.
 */
record BoundsView(String kind, String lower, String upper, String unit, List<String> items) {

    static BoundsView of(Bounds bounds) {
        if (bounds instanceof RealBounds r) {
            String unit = r.defaultUnits() == null ? "" : r.defaultUnits();
            return new BoundsView(unit.isBlank() ? "realPlain" : "real", number(r.lowerBound()), number(r.upperBound()),
                    unit, List.of());
        }
        if (bounds instanceof IntegerBounds i) {
            return new BoundsView("integer", Long.toString(i.lowerBound()), Long.toString(i.upperBound()), "", List.of());
        }
        if (bounds instanceof CategoricalBounds c) {
            return new BoundsView("categorical", "", "", "", c.categories());
        }
        if (bounds instanceof CompositionBounds c) {
            return new BoundsView("composition", "", "", "", c.components());
        }
        return bounds == null ? null : new BoundsView("molecular", "", "", "", List.of());
    }

    /** A bound as the template wrote it: 3000, 0.5, 10000000000 (no exponent, no trailing zeros). */
    static String number(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : Double.toString(value);
    }

    /** The message key of the sentence for these bounds. */
    public String key() {
        return "templates.bounds." + kind;
    }

    public boolean listed() {
        return !items.isEmpty();
    }
}
