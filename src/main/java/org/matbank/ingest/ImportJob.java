package org.matbank.ingest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One import, as recorded: who ran it and when, the file (name, SHA-256, size), the options, how
 * far it got and how it ended, and the template versions the written records were checked against.
 *
 * @param status queued, running, succeeded, failed (nothing written), or interrupted (the server
 *               stopped during the import; its transaction never committed)
 * @param position bytes read so far while running (for progress), else -1
 */
public record ImportJob(UUID id, String format, String fileName, String sha256, long size, String author,
        String mode, String validation, String status, Instant createdAt, Instant startedAt, Instant finishedAt,
        long unitsRead, long unitsWritten, long unitsSkipped, long unitsFailed, long objectsCreated,
        long objectsUpdated, List<String> templateVersions, String message, long position) {

    /** The same job with live counters of a running import. */
    ImportJob with(ImportProgress p) {
        return new ImportJob(id, format, fileName, sha256, size, author, mode, validation, status, createdAt, startedAt,
                finishedAt, p.unitsRead(), p.unitsWritten(), p.unitsSkipped(), p.unitsFailed(), p.objectsCreated(),
                p.objectsUpdated(), templateVersions, message, p.position());
    }
}
