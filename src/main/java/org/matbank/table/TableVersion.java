package org.matbank.table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One saved version of a table: its definition and what it gave when saved. Rebuilding it from
 * {@code definition} gives the same {@code snapshot} while the data are unchanged.
 *
 * @param rows the number of rows when saved
 */
public record TableVersion(UUID tableId, String name, int version, TableDefinition definition, String snapshot, int rows,
        List<TableColumn> columns, Instant created) {

    public TableVersion {
        columns = List.copyOf(columns);
    }
}
