package org.matbank.export;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.matbank.search.MaterialFacts;

/**
 * Collects the columns of a layout: from materials ({@link #add(MaterialFacts)}: a first pass,
 * or a sample when every column is known to occur in it) or as told ({@link #component},
 * {@link #fact}). {@link #build} sorts components and fact columns by name, numbers before text.
 */
public final class TableLayoutBuilder {

    private final Map<String, Boolean> components = new LinkedHashMap<>();
    private final Set<TableLayout.FactColumn> facts = new LinkedHashSet<>();

    TableLayoutBuilder() {
    }

    /** Adds the columns this material fills. */
    public TableLayoutBuilder add(MaterialFacts material) {
        for (MaterialFacts.Component c : material.composition()) {
            component(c.name(), c.atomicFraction() != null);
        }
        for (MaterialFacts.Fact f : material.facts()) {
            if (f.si() != null) {
                facts.add(TableLayout.FactColumn.number(f.column(), f.siUnit()));
            } else if (f.text() != null) {
                facts.add(TableLayout.FactColumn.text(f.column()));
            }
        }
        return this;
    }

    /** A component; {@code atomic} adds its at% column (once any call says so). */
    public TableLayoutBuilder component(String name, boolean atomic) {
        components.merge(name, atomic, Boolean::logicalOr);
        return this;
    }

    public TableLayoutBuilder fact(TableLayout.FactColumn column) {
        facts.add(column);
        return this;
    }

    public TableLayout build() {
        List<TableLayout.CompositionColumn> composition = new TreeMap<>(components).entrySet().stream()
                .map(e -> new TableLayout.CompositionColumn(e.getKey(), e.getValue())).toList();
        List<TableLayout.FactColumn> sorted = facts.stream().sorted(Comparator.comparing(TableLayout.FactColumn::column)
                .thenComparing(TableLayout.FactColumn::isText)
                .thenComparing(f -> f.siUnit() == null ? "" : f.siUnit())).toList();
        return TableLayout.of(composition, sorted);
    }
}
