package org.matbank.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.matbank.shared.UnitChoices;
import org.matbank.shared.Units;

/** Units on the pages: which a value may be shown in, which one first (MPa, °C, h, not always SI), and which the user chose. */
final class Display {

    /** SI unit -> the unit shown unless the user picks another. */
    private static final Map<String, String> PREFERRED = Map.of("Pa", "MPa", "K", "°C", "s", "h", "kg/m³", "g/cm³");

    private static final String UNIT = "unit.";

    private Display() {
    }

    /**
     * The units a value entered or stored in {@code unit} may be shown in: those of its dimension,
     * and never a fraction of another basis (a Poisson's ratio is not shown in wt%, and wt% never
     * becomes at%: that needs the composition, not a factor).
     */
    static List<String> choices(String unit) {
        List<String> choices = new ArrayList<>(UnitChoices.of(unit == null ? "" : unit));
        String basis = Units.basis(unit);
        choices.removeIf(u -> !Objects.equals(Units.basis(u), basis));
        return choices;
    }

    /** The units a page's request chose, by column or attribute: its parameters {@code unit.<name>=<unit>}. */
    static Map<String, String> chosenUnits(Map<String, String> params) {
        Map<String, String> units = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith(UNIT)) {
                units.put(k.substring(UNIT.length()), v);
            }
        });
        return units;
    }

    static String preferred(String siUnit, List<String> choices) {
        String preferred = PREFERRED.get(siUnit);
        return preferred != null && choices.contains(preferred) ? preferred : choices.isEmpty() ? siUnit : choices.get(0);
    }
}
