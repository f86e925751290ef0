package org.matbank.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The units offered where a unit is chosen (workbook drop-downs, the pages' unit switches): the
 * given unit first, then the common units of the same dimension. Any unit MatBank parses is
 * accepted anyway; the list only saves typing and spares researchers a spelling Indriya would not
 * read.
 */
public final class UnitChoices {

    private static final List<String> COMMON = List.of(
            "Pa", "kPa", "MPa", "GPa", "bar", "atm",
            "°C", "K",
            "s", "min", "h",
            "m", "cm", "mm", "um", "nm",
            "kg", "g", "mg",
            "m³", "L", "mL",
            "mol", "mmol",
            "J", "kJ", "W", "kW",
            "N", "kN",
            "V", "A", "Ω", "S/m",
            "Hz", "kHz", "1/s",
            "W/(m·K)", "J/(kg·K)",
            "g/cm³", "kg/m³",
            "%", "wt%", "at%", "vol%", "mol%", "ppm", "");

    private UnitChoices() {
    }

    /** The units of the same dimension as {@code unit}, {@code unit} first; empty when it is unknown. */
    public static List<String> of(String unit) {
        List<String> choices = new ArrayList<>();
        if (Units.parse(unit) == null) {
            return choices;
        }
        choices.add(unit);
        for (String candidate : COMMON) {
            if (!candidate.equals(unit) && Units.parse(candidate) != null && Units.compatible(unit, candidate)) {
                choices.add(candidate);
            }
        }
        // Excel shows an empty entry as nothing at all; "dimensionless" reads better and parses
        choices.replaceAll(u -> u.isEmpty() ? "dimensionless" : u);
        return choices;
    }
}
