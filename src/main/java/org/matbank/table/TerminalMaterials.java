package org.matbank.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.matbank.search.MaterialFacts;

/**
 * The rows of a table: one per terminal material among a search's matches. A material a later
 * step consumes is intermediate and left out (its history is part of the terminal one's). A spec
 * that a matching run realises is left out too: search indexes both, and the run carries the
 * spec's composition and properties besides its own process parameters and measurements; a spec
 * without a matching run (a planned experiment) stays. Rows are in material id order, so that
 * one state of the data gives one table whatever order the index returns.
 */
final class TerminalMaterials {

    private final List<MaterialFacts> found = new ArrayList<>();

    void accept(MaterialFacts m) {
        if (!m.intermediate()) {
            found.add(m);
        }
    }

    List<MaterialFacts> rows() {
        Set<UUID> realised = new HashSet<>();
        found.forEach(m -> {
            if (m.spec() != null) {
                realised.add(m.spec());
            }
        });
        List<MaterialFacts> rows = new ArrayList<>(found.size());
        for (MaterialFacts m : found) {
            if (!(m.kind().equals("material_spec") && realised.contains(m.id()))) {
                rows.add(m);
            }
        }
        rows.sort(Comparator.comparing(MaterialFacts::id));
        return rows;
    }
}
