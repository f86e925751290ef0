package org.matbank.record;

/**
 * Published when objects were written (created or updated). The ids are in the record_change
 * table of the same transaction; listeners that act after commit read them from there.
 *
 * @param count how many objects changed
 */
public record RecordsChanged(int count) {
}
