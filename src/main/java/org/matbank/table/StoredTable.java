package org.matbank.table;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored table: a name with versions.
 *
 * @param author the login of who saved it first (null: anonymous, in local single-user mode)
 * @param versions how many versions it has
 */
public record StoredTable(UUID id, String name, String author, Instant created, int versions) {
}
