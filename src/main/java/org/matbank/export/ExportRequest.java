package org.matbank.export;

import java.util.Objects;
import org.matbank.access.Audience;

/**
 * One export as asked.
 *
 * @param format the file format
 * @param query the query that chose the materials, written to the manifest as given
 * @param audience who receives it: objects of a history it may not see are left out (null: none are)
 * @param recipient who receives the export, written to the manifest as given (may be null;
 *     the export's fingerprint, issue 5)
 */
public record ExportRequest(ExportFormat format, ExportQuery query, String recipient, Audience audience) {

    public ExportRequest {
        Objects.requireNonNull(format, "format");
        query = query == null ? ExportQuery.none() : query;
    }

    /** A request whose histories leave nothing out (the materials were chosen for an audience before). */
    public ExportRequest(ExportFormat format, ExportQuery query, String recipient) {
        this(format, query, recipient, null);
    }
}
