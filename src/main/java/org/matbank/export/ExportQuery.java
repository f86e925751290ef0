package org.matbank.export;

/**
 * What the caller asked for, as the caller gave it, so that an export says where it came from.
 * Any part may be null.
 *
 * @param filter the filter expression (MatBank's filter language)
 * @param text the words searched as text
 * @param sort the sort order
 */
public record ExportQuery(String filter, String text, String sort) {

    /** No query: an export of materials chosen otherwise (by id, say). */
    public static ExportQuery none() {
        return new ExportQuery(null, null, null);
    }
}
