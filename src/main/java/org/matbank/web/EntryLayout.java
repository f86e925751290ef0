package org.matbank.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The entry form for one choice of templates: the material, its process steps in order, an
 * optional measurement, and rows for ingredients (raw materials that go into the first step).
 */
record EntryLayout(EntrySection material, List<EntrySection> steps, EntrySection measurement, int ingredientRows) {

    /** Where messages can be shown in the form, besides the summary: sections, fixed inputs, fields. */
    List<String> problemKeys() {
        List<String> keys = new ArrayList<>(List.of("name", "date"));
        ingredientIndexes().forEach(i -> keys.add("i" + i));
        for (EntrySection s : sections()) {
            keys.add(s.key());
            s.fields().forEach(f -> keys.add(f.key()));
        }
        return keys;
    }

    List<EntrySection> sections() {
        List<EntrySection> all = new ArrayList<>();
        all.add(material);
        all.addAll(steps);
        if (measurement != null) {
            all.add(measurement);
        }
        return all;
    }

    public List<Integer> ingredientIndexes() {
        return IntStream.range(0, ingredientRows).boxed().toList();
    }
}
