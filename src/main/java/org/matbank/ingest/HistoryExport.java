package org.matbank.ingest;

import java.util.List;
import java.util.UUID;

/**
 * An export of chosen objects (materials, usually) with their whole histories, fed one id at a
 * time so that the set can be as large as a search result: objects are gathered in pages and
 * spooled to a temporary file; {@link #finish} writes the document (templates and attached files
 * first, as importers need them) to the output. The output is not closed.
 */
public interface HistoryExport extends AutoCloseable {

    /**
     * The top-level field that carries an export's fingerprint (issue 5, docs/adr/0008), written
     * near the start of the document so that even a cut-off copy carries it; importers skip it.
     */
    String FINGERPRINT_FIELD = "matbank_export";

    /** Adds an object and its history (repeats and objects already in an added history are written once). */
    void add(UUID id);

    /** Writes the document; call once, after the last {@link #add}. */
    Summary finish();

    /** Removes the spooled objects (after {@link #finish}, or to abandon the export). */
    @Override
    void close();

    /**
     * What an export wrote.
     *
     * @param roots the ids added, each counted once
     * @param objects the objects written: the roots and their histories, each once
     * @param templateVersions the template versions those objects use, as "id:version", sorted
     * @param files the attached files written
     */
    record Summary(long roots, long objects, List<String> templateVersions, int files) {
    }
}
