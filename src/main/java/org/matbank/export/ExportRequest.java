package org.matbank.export;

import java.util.Objects;

/**
 * One export as asked.
 *
 * @param format the file format
 * @param query the query that chose the materials, written to the manifest as given
 * @param recipient who receives the export, written to the manifest as given (may be null;
 *     the export's fingerprint, issue 5)
 */
public record ExportRequest(ExportFormat format, ExportQuery query, String recipient) {

    public ExportRequest {
        Objects.requireNonNull(format, "format");
        query = query == null ? ExportQuery.none() : query;
    }
}
