package org.matbank.table;

/**
 * Where a table column takes its cells from.
 *
 * @param name the column's name in the table
 * @param base the name it is asked by: "composition:C" for both fractions of C, else the fact column
 * @param source a component's mass or atomic fraction, a fact column's numbers in one SI unit, or its text
 * @param key the component, or the fact column ({@code MaterialFacts.Fact#column()})
 * @param siUnit for numbers of a fact column: the SI unit ("" when dimensionless)
 */
record Slot(String name, String base, Source source, String key, String siUnit) {

    enum Source {
        MASS, ATOMIC, NUMBER, TEXT
    }

    static Slot mass(String component) {
        return new Slot("composition:" + component + " (mass fraction)", "composition:" + component, Source.MASS, component, "");
    }

    static Slot atomic(String component) {
        return new Slot("composition:" + component + " (atomic fraction)", "composition:" + component, Source.ATOMIC, component, "");
    }

    boolean isNumber() {
        return source != Source.TEXT;
    }

    /** The unit shown: the SI unit, "1" when dimensionless, null for text. */
    String unit() {
        return !isNumber() ? null : siUnit == null || siUnit.isEmpty() ? "1" : siUnit;
    }

    TableColumn column(MissingRule rule) {
        return new TableColumn(name, unit(), isNumber() ? TableColumn.Type.NUMBER : TableColumn.Type.TEXT, rule);
    }
}
