package org.matbank.record;

import java.util.Map;
import java.util.Set;

/**
 * Components with their amounts, e.g. {Fe: 70, Ni: 30}. Whether the amounts are mass or atomic
 * fractions is said by {@code basis} ("mass", "atomic", "volume", "molar"); GEMD leaves it open.
 */
public record NominalComposition(Map<String, Double> quantities, String basis) implements CompositionValue {

    public NominalComposition {
        quantities = quantities == null ? Map.of() : Map.copyOf(quantities);
    }

    @Override
    public Set<String> components() {
        return quantities.keySet();
    }
}
