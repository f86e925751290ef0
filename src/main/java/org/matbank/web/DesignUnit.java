package org.matbank.web;

import java.math.BigDecimal;
import java.util.Locale;
import org.matbank.shared.Units;

/**
 * The unit a design page shows an SI value in (MPa for Pa, °C for K, as {@link Display} prefers;
 * SI when the unit is unknown, such as a currency): a value converts with the unit's offset, an
 * uncertainty or a difference only with its factor.
 */
record DesignUnit(String si, String shown) {

    static DesignUnit of(String siUnit) {
        String si = siUnit == null ? "" : siUnit;
        try {
            String shown = Display.preferred(si, Display.choices(si));
            Units.convert(0, si.isEmpty() ? "1" : si, shown == null || shown.isEmpty() ? "1" : shown);
            return new DesignUnit(si, shown == null ? si : shown);
        } catch (RuntimeException e) {
            return new DesignUnit(si, si);
        }
    }

    double value(double si) {
        return same() ? si : Units.convert(si, this.si, shown);
    }

    double difference(double si) {
        return same() ? si : value(si) - value(0);
    }

    /** The unit after a number: nothing for a pure number. */
    String label() {
        return shown.isEmpty() || shown.equals("1") ? "" : shown;
    }

    private boolean same() {
        return shown.isEmpty() || shown.equals(si);
    }

    /** Four significant digits, no exponent for everyday magnitudes: what a table shows. */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "–" : String.valueOf(value);
        }
        return new BigDecimal(String.format(Locale.ROOT, "%.4g", value)).stripTrailingZeros().toPlainString();
    }
}
