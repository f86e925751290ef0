package org.matbank.table;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * One column of a {@link Table}.
 *
 * @param name {@code composition:C (mass fraction)}, {@code composition:C (atomic fraction)}, or a
 *     fact column such as {@code property:fatigue strength}; a fact column holding numbers in two SI
 *     units gets one column per unit ({@code ... [Pa]}), text beside numbers a {@code (text)} one
 * @param unit the SI unit of a number column ("1" when dimensionless); null for text
 * @param type number or text
 * @param missing the rule its missing cells were treated with
 */
public record TableColumn(String name, String unit, Type type, MissingRule missing) {

    /** What a column holds. */
    public enum Type {
        NUMBER, TEXT;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @JsonIgnore
    public boolean isNumber() {
        return type == Type.NUMBER;
    }
}
