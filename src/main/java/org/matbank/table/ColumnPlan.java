package org.matbank.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.matbank.search.SearchService;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/**
 * The columns of a table and the rule of each, from a definition and the columns its materials
 * fill. A name no chosen material fills but some material the caller sees does (composition:W
 * among steels without tungsten) gives a column of missing cells, which its rule fills; a name no
 * material has is refused, with the close names.
 */
final class ColumnPlan {

    private static final String COMPOSITION = "composition:";

    private ColumnPlan() {
    }

    /** A column and its rule. */
    record Planned(Slot slot, MissingRule rule) {
    }

    /**
     * @param known the columns of every material the caller sees (asked only when a name is not among the chosen materials')
     */
    static List<Planned> of(TableDefinition definition, ColumnCatalog seen, Supplier<List<SearchService.Column>> known) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Slot> slots = new LinkedHashMap<>();
        if (definition.columns().isEmpty()) {
            seen.all().forEach(s -> slots.put(s.name(), s));
        }
        List<SearchService.Column> bank = null;
        for (int i = 0; i < definition.columns().size(); i++) {
            String name = definition.columns().get(i) == null ? "" : definition.columns().get(i).strip();
            List<Slot> found = seen.matching(name);
            if (found.isEmpty()) {
                bank = bank == null ? known.get() : bank;
                found = unfilled(name, bank);
            }
            if (found.isEmpty()) {
                violations.add(new Violation("columns[" + i + "]", "table.column.unknown", name, "no material has a column '" + name
                        + "'" + close(name, seen, bank)));
            }
            found.forEach(s -> slots.putIfAbsent(s.name(), s));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(Problem.MALFORMED, violations);
        }
        List<Planned> planned = new ArrayList<>();
        for (Slot slot : slots.values()) {
            MissingRule rule = definition.missing().getOrDefault(slot.name(), definition.missing().get(slot.base()));
            if (rule == null) {
                rule = MissingRule.defaultFor(slot.base());
            }
            if (rule == MissingRule.ZERO && !slot.isNumber()) {
                violations.add(new Violation("missing." + slot.name(), "table.missing.text", rule.json(),
                        "column '" + slot.name() + "' holds text: use leave or drop-row"));
            }
            planned.add(new Planned(slot, rule));
        }
        definition.missing().keySet().forEach(key -> {
            if (planned.stream().noneMatch(p -> p.slot().name().equals(key) || p.slot().base().equals(key))) {
                violations.add(new Violation("missing." + key, "table.missing.column", key,
                        "a rule for a column the table does not have; its columns: " + planned.stream().map(p -> p.slot().name()).toList()));
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInputException(Problem.MALFORMED, violations);
        }
        return planned;
    }

    /** Slots of a column some visible material has, though none of the chosen ones. */
    private static List<Slot> unfilled(String name, List<SearchService.Column> bank) {
        for (SearchService.Column c : bank) {
            if (c.isComposition()) {
                String component = c.name().substring(COMPOSITION.length());
                Slot mass = Slot.mass(component);
                Slot atomic = Slot.atomic(component);
                if (name.equals(c.name())) {
                    return List.of(mass, atomic);
                }
                if (name.equals(mass.name()) || name.equals(atomic.name())) {
                    return List.of(name.equals(mass.name()) ? mass : atomic);
                }
            } else if (name.equals(c.name())) {
                return List.of(c.siUnit() == null ? new Slot(name, name, Slot.Source.TEXT, name, null)
                        : new Slot(name, name, Slot.Source.NUMBER, name, c.siUnit()));
            }
        }
        return List.of();
    }

    /** "; close names: ..." with up to five names nearest to the one asked, or "" when none is near. */
    private static String close(String name, ColumnCatalog seen, List<SearchService.Column> bank) {
        List<String> names = new ArrayList<>();
        seen.all().forEach(s -> {
            names.add(s.base());
        });
        if (bank != null) {
            bank.forEach(c -> names.add(c.name()));
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        String leaf = wanted.substring(Math.max(wanted.lastIndexOf(':'), wanted.lastIndexOf('/')) + 1);
        List<String> near = names.stream().distinct()
                .filter(n -> distance(n.toLowerCase(Locale.ROOT), wanted) <= Math.max(3, wanted.length() / 3)
                        || !leaf.isBlank() && n.toLowerCase(Locale.ROOT).contains(leaf))
                .sorted(Comparator.comparingInt((String n) -> distance(n.toLowerCase(Locale.ROOT), wanted)).thenComparing(n -> n))
                .limit(5).toList();
        return near.isEmpty() ? "; columns are named like composition:C, parameter:STEP/NAME, ingredient:STEP/NAME, property:NAME"
                : "; close names: " + String.join(", ", near);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
