package org.matbank.table;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.matbank.access.Audience;
import org.matbank.search.SearchRequest;
import org.matbank.search.SearchService;
import org.matbank.search.Visibility;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds tables from search facts (docs/adr/0011) and stores their definitions as versions. A
 * table is built for an {@link Audience}: its rows are the terminal materials of the search that
 * audience may see ({@link TerminalMaterials}), so two callers may get two tables from one
 * definition. A stored version keeps the definition and what it gave (columns, rows, snapshot);
 * its cells are rebuilt on demand.
 */
@Service
public class TableService {

    private final SearchService search;
    private final TableRepository repository;

    TableService(SearchService search, TableRepository repository) {
        this.search = search;
        this.repository = repository;
    }

    /**
     * The table of a definition as the audience sees it. Refused (InvalidInputException): a bad
     * filter (400, naming the filter's fault), an unknown column (400, naming it and the close
     * names), a bad missing-value rule, and a table without rows (422).
     */
    public Table build(TableDefinition definition, Audience audience) {
        return assemble(definition, audience).table();
    }

    TableAssembler.Assembled assemble(TableDefinition definition, Audience audience) {
        Objects.requireNonNull(definition, "definition");
        Visibility visibility = Visibility.of(audience);
        TerminalMaterials terminal = new TerminalMaterials();
        search.forEach(SearchRequest.of(definition.filter(), definition.text(), null), visibility, terminal::accept);
        var materials = terminal.rows();
        if (materials.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, new Violation("filter", "table.empty", definition.filter(),
                    "no terminal material you may see matches the filter" + (definition.text() == null ? "" : " and text")
                            + ": a table needs at least one row"));
        }
        List<ColumnPlan.Planned> plan = ColumnPlan.of(definition, ColumnCatalog.of(materials),
                () -> search.columns(SearchRequest.of(null, null, null), visibility));
        TableAssembler.Assembled assembled = TableAssembler.assemble(definition, plan, materials);
        if (assembled.table().rows() == 0) {
            throw new InvalidInputException(Problem.INVALID, new Violation("missing", "table.empty", materials.size(),
                    "every one of the " + materials.size() + " matching materials misses a drop-row column: no row is left"));
        }
        return assembled;
    }

    /**
     * Builds the table and saves its definition under a name: a new name makes a table with
     * version 1, a name of the same author the next version. A name another author holds is refused (409).
     *
     * @param author the caller's login (null: anonymous)
     */
    @Transactional
    public TableVersion save(String name, TableDefinition definition, Audience audience, String author) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw new InvalidInputException(Problem.INVALID, new Violation("name", "table.name", name,
                    "a table needs a name of 1 to 200 characters"));
        }
        Table built = build(definition, audience);
        StoredTable table = repository.create(trimmed, author);
        if (!Objects.equals(table.author(), author)) {
            throw new InvalidInputException(Problem.CONFLICT, new Violation("name", "table.name.taken", trimmed,
                    "another author's table has this name; choose another"));
        }
        return repository.add(table, definition, built);
    }

    /** A stored table, if it exists and the caller may see it (its author, or an administrator). */
    public StoredTable get(UUID id, Audience audience, String author) {
        return repository.find(id).filter(t -> audience.everything() || Objects.equals(t.author(), author))
                .orElseThrow(() -> new InvalidInputException(Problem.NOT_FOUND, new Violation("id", "table.unknown", id,
                        "no such table")));
    }

    /** The stored tables the caller may see: its own, or every one for an administrator. */
    public List<StoredTable> list(Audience audience, String author) {
        return repository.list(audience.everything(), author);
    }

    /** The versions of a table, oldest first. */
    public List<TableVersion> versions(UUID id, Audience audience, String author) {
        return repository.versions(get(id, audience, author).id());
    }

    /** One version of a table. */
    public TableVersion version(UUID id, int version, Audience audience, String author) {
        return repository.version(get(id, audience, author).id(), version)
                .orElseThrow(() -> new InvalidInputException(Problem.NOT_FOUND, new Violation("version", "table.version.unknown",
                        version, "table " + id + " has no version " + version)));
    }
}
