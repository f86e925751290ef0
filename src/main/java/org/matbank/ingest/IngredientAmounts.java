package org.matbank.ingest;

import java.util.Locale;
import org.matbank.ingest.WorkbookRows.Ingredient;
import org.matbank.record.NominalReal;
import org.matbank.record.RecordBuilder;
import org.matbank.shared.Units;

/**
 * The amount of an ingredient from a composition row: a mass, volume or number fraction (a plain
 * number 0–1, or with a dimensionless unit such as % or wt%) or an absolute quantity with a unit.
 * A row without an amount kind counts as a mass fraction, the usual case in alloy and ceramic recipes.
 */
final class IngredientAmounts {

    private IngredientAmounts() {
    }

    /** Sets the amount of a composition row on its ingredient; a bad unit or kind is a violation of the row. */
    static void apply(Ingredient row, RecordBuilder b) {
        if (row.amount() == null) {
            return;
        }
        String kind = row.amountKind() == null ? "mass" : row.amountKind().toLowerCase(Locale.ROOT);
        String unit = row.unit() == null || row.unit().equalsIgnoreCase("dimensionless") ? "" : row.unit();
        if (Units.parse(unit) == null) {
            row.line().problem(4, "unit.unknown", row.unit(), "'" + row.unit() + "' is not a unit MatBank knows");
            return;
        }
        boolean absolute = kind.startsWith("absolute") || kind.startsWith("절대");
        if (!absolute && !Units.compatible(unit, "")) {
            row.line().problem(4, "unit.incompatible", row.unit(), "a fraction has no unit but %, wt%, at%...; "
                    + "choose 'absolute quantity' for an amount in " + row.unit());
            return;
        }
        NominalReal value = new NominalReal(row.amount(), unit);
        if (absolute) {
            if (unit.isEmpty()) {
                row.line().problem(4, "cell.required", null, "an absolute quantity needs a unit");
            }
            b.absoluteQuantity(value);
        } else if (kind.startsWith("mass") || kind.startsWith("질량")) {
            b.massFraction(value);
        } else if (kind.startsWith("volume") || kind.startsWith("부피")) {
            b.volumeFraction(value);
        } else if (kind.startsWith("number") || kind.startsWith("몰")) {
            b.numberFraction(value);
        } else {
            row.line().problem(3, "category.not-allowed", row.amountKind(), "amount kind is one of " + WorkbookLayout.AMOUNT_KINDS);
        }
    }
}
