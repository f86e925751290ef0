package org.matbank.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * One input of the entry form, made from an attribute slot of the chosen object template: what
 * kind of value it takes ({@code real}, {@code integer}, {@code categorical}, {@code composition},
 * {@code molecular}), the units offered (the template's first), the categories or components it
 * may name, and whether the template requires it.
 *
 * @param key the form key: section, attribute kind and slot ({@code s1-a0}: step 1, parameter 0)
 * @param family where the value goes on the object: {@code properties}, {@code conditions} or {@code parameters}
 * @param rows for a composition, the component rows shown
 */
record EntryField(String key, String family, UUID templateId, Integer templateVersion, String name, String label,
        String kind, List<String> units, String unit, List<String> options, boolean required, BoundsView bounds, int rows) {

    /** A composition of a few listed components gets one row per component; a longer list, free rows. */
    static final int LISTED_ROWS = 12;

    /** Whether each composition row stands for one listed component (not chosen by the user). */
    public boolean fixedComponents() {
        return "composition".equals(kind) && !options.isEmpty() && options.size() <= LISTED_ROWS;
    }

    public List<Integer> rowIndexes() {
        return IntStream.range(0, rows).boxed().toList();
    }

    /** The listed component of a fixed row. */
    public String component(int row) {
        return fixedComponents() && row < options.size() ? options.get(row) : "";
    }
}
