package org.matbank.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.matbank.shared.UnitChoices;
import org.matbank.shared.Units;

/** The unit a value is first shown in: the one researchers read (MPa, °C, h), not always SI. */
final class Display {

    /** SI unit -> the unit shown unless the user picks another. */
    private static final Map<String, String> PREFERRED = Map.of("Pa", "MPa", "K", "°C", "s", "h", "kg/m³", "g/cm³");

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

    static String preferred(String siUnit, List<String> choices) {
        String preferred = PREFERRED.get(siUnit);
        return preferred != null && choices.contains(preferred) ? preferred : choices.isEmpty() ? siUnit : choices.get(0);
    }
}
