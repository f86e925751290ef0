package org.matbank.web;

import java.util.List;
import java.util.Map;

/** The unit a value is first shown in: the one researchers read (MPa, °C, h), not always SI. */
final class Display {

    /** SI unit -> the unit shown unless the user picks another. */
    private static final Map<String, String> PREFERRED = Map.of("Pa", "MPa", "K", "°C", "s", "h", "kg/m³", "g/cm³");

    private Display() {
    }

    static String preferred(String siUnit, List<String> choices) {
        String preferred = PREFERRED.get(siUnit);
        return preferred != null && choices.contains(preferred) ? preferred : choices.isEmpty() ? siUnit : choices.get(0);
    }
}
