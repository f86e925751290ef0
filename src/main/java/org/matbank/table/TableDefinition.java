package org.matbank.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a table holds: the materials a search chooses, and the columns wanted.
 *
 * @param filter MatBank's filter language, as GET /api/search takes it (null or blank: every material)
 * @param text words to find, as the search's {@code text}
 * @param columns the columns wanted, named as in exports: {@code composition:C},
 *     {@code parameter:tempering/tempering temperature}, {@code ingredient:mixing/cement},
 *     {@code property:fatigue strength}; a composition name gives its mass and atomic fraction
 *     columns. Empty: every column the chosen materials fill
 * @param missing the missing-value rule per column (by the name asked, or by a table column's
 *     name); a column not listed gets {@link MissingRule#ZERO} for composition and ingredient
 *     columns, {@link MissingRule#LEAVE} otherwise
 */
public record TableDefinition(String filter, String text, List<String> columns, Map<String, MissingRule> missing) {

    public TableDefinition {
        columns = columns == null ? List.of() : List.copyOf(columns);
        missing = missing == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(missing));
    }

    /** Every column of the materials a filter chooses, with the default rules. */
    public static TableDefinition of(String filter, List<String> columns) {
        return new TableDefinition(filter, null, columns, Map.of());
    }

    /** The same definition with one more missing-value rule. */
    public TableDefinition missing(String column, MissingRule rule) {
        Map<String, MissingRule> rules = new LinkedHashMap<>(missing);
        rules.put(column, rule);
        return new TableDefinition(filter, text, columns, rules);
    }
}
