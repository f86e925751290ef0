package org.matbank.table;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import org.matbank.shared.JsonNames;

/**
 * What a table does with a cell its material has no value for.
 * <ul>
 * <li>{@link #LEAVE}: the cell stays missing (NaN; null for text);</li>
 * <li>{@link #ZERO}: the cell is 0 (an element absent from a known composition, an ingredient
 *     absent from a known recipe); a material with no composition (no ingredient) at all stays
 *     missing in composition (ingredient) columns;</li>
 * <li>{@link #DROP_ROW}: the material is left out of the table.</li>
 * </ul>
 */
public enum MissingRule {
    LEAVE, ZERO, DROP_ROW;

    /** The name in JSON: leave, zero, drop-row. */
    @JsonValue
    public String json() {
        return JsonNames.of(this);
    }

    /** The rule of a name as {@link #json()} writes it (case and _ / - ignored). */
    @JsonCreator
    public static MissingRule parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(r -> r.json().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown missing-value rule '" + text + "'; use leave, zero or drop-row"));
    }

    /** The default of a column: zero for composition and ingredient columns, leave for the others. */
    static MissingRule defaultFor(String column) {
        return column.startsWith("composition:") || column.startsWith("ingredient:") ? ZERO : LEAVE;
    }
}
