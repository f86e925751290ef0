package org.matbank.search;

import java.util.Locale;
import org.matbank.record.ObjectKind;
import org.matbank.record.RealValue;
import org.matbank.record.RecordObject;
import org.matbank.record.Value;
import org.matbank.shared.Origin;
import org.matbank.shared.Units;

/**
 * The amount of an ingredient as a fact of type "ingredient": its absolute quantity in SI
 * ("cement", 540 kg/m³), or else its mass, volume or number fraction, dimensionless, with the
 * fraction named in the fact's name ("C (mass fraction)": a mass and a volume fraction of one
 * ingredient are different quantities and must not share a column). The step is the consuming
 * process's template name, as for parameters.
 */
final class IngredientFacts {

    private IngredientFacts() {
    }

    /** The amount fact of an ingredient, or null when it has no name or no real amount. */
    static MaterialFacts.Fact amount(RecordObject ingredient, String step) {
        String name = ingredient.name();
        if (name == null || name.isBlank()) {
            return null;
        }
        String origin = (ingredient.type() == ObjectKind.INGREDIENT_SPEC ? Origin.SPECIFIED : Origin.UNKNOWN).json();
        if (ingredient.absoluteQuantity() != null) {
            return fact(name, step, ingredient.absoluteQuantity(), origin);
        }
        String[] kinds = {"mass", "volume", "number"};
        Value[] fractions = {ingredient.massFraction(), ingredient.volumeFraction(), ingredient.numberFraction()};
        for (int i = 0; i < kinds.length; i++) {
            if (fractions[i] != null) {
                return fact(name + " (" + kinds[i].toLowerCase(Locale.ROOT) + " fraction)", step, fractions[i], origin);
            }
        }
        return null;
    }

    private static MaterialFacts.Fact fact(String name, String step, Value value, String origin) {
        if (!(value instanceof RealValue real) || Units.parse(real.units()) == null || !Double.isFinite(real.central())) {
            return null;
        }
        return new MaterialFacts.Fact("ingredient", name, step, Units.toSi(real.central(), real.units()),
                Units.siUnit(real.units()), ValueText.of(value), origin);
    }
}
