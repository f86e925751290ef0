package org.matbank.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.matbank.search.MaterialFacts;

/**
 * The columns a set of materials fills: per component its fractions, per fact column its numbers
 * (one column per SI unit, the usual case being one) and its text, in name order.
 */
final class ColumnCatalog {

    private final Map<String, Boolean> components = new TreeMap<>();
    private final Map<String, Map<String, Integer>> numbers = new TreeMap<>();
    private final Set<String> texts = new TreeSet<>();

    static ColumnCatalog of(List<MaterialFacts> materials) {
        ColumnCatalog catalog = new ColumnCatalog();
        for (MaterialFacts m : materials) {
            for (MaterialFacts.Component c : m.composition()) {
                catalog.components.merge(c.name(), c.atomicFraction() != null, Boolean::logicalOr);
            }
            for (MaterialFacts.Fact f : m.facts()) {
                if (f.si() != null) {
                    catalog.numbers.computeIfAbsent(f.column(), k -> new HashMap<>())
                            .merge(f.siUnit() == null ? "" : f.siUnit(), 1, Integer::sum);
                } else if (f.text() != null) {
                    catalog.texts.add(f.column());
                }
            }
        }
        return catalog;
    }

    /** Every column, composition first, then fact columns by name (numbers before text). */
    List<Slot> all() {
        List<Slot> slots = new ArrayList<>();
        components.forEach((component, atomic) -> {
            slots.add(Slot.mass(component));
            if (atomic) {
                slots.add(Slot.atomic(component));
            }
        });
        Set<String> facts = new TreeSet<>(numbers.keySet());
        facts.addAll(texts);
        for (String column : facts) {
            slots.addAll(factSlots(column));
        }
        return slots;
    }

    /** The slots of one fact column: its numbers (per SI unit, most frequent first) and its text. */
    private List<Slot> factSlots(String column) {
        List<Slot> slots = new ArrayList<>();
        Map<String, Integer> units = numbers.getOrDefault(column, Map.of());
        units.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(u -> slots.add(new Slot(units.size() == 1 ? column : column + " [" + (u.getKey().isEmpty() ? "1" : u.getKey()) + "]",
                        column, Slot.Source.NUMBER, column, u.getKey())));
        if (texts.contains(column)) {
            slots.add(new Slot(units.isEmpty() ? column : column + " (text)", column, Slot.Source.TEXT, column, null));
        }
        return slots;
    }

    /** The slots a name asks for: a column's own name, or the name it is asked by (both fractions of a component). */
    List<Slot> matching(String name) {
        return all().stream().filter(s -> s.name().equals(name) || s.base().equals(name)).toList();
    }
}
