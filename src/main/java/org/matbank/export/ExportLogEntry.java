package org.matbank.export;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One row of the export log: an export that left MatBank, or a release file handed out.
 *
 * @param fingerprint the export's fingerprint; null for a release download (a public file, unmarked)
 * @param at when the export started (the manifest's {@code created_at})
 * @param finishedAt when its stream ended; null while it runs, or if the server stopped during it
 * @param outcome {@code started} (running, or the server stopped during it), {@code complete},
 *     {@code cut off} (the stream broke: the client went away or the server failed; what was sent
 *     may still be out there), or {@code served} (a release file handed to the web server)
 * @param recipient who received it, described as at the time
 * @param query what chose the records: filter, text and sort; the ids asked for; or the release file
 * @param recordCount the records written (the whole bank: objects; cut off: records handed to the
 *     writer before the break, 0 for the whole bank)
 * @param dataSha256 the SHA-256 of the data file as sent (a release download: of the ZIP); null when cut off
 * @param dataSize the size in bytes of the data file (cut off: written before the break)
 */
public record ExportLogEntry(UUID id, String fingerprint, Instant at, Instant finishedAt, String outcome, String recipient,
        UUID recipientUserId, UUID tokenId, String address, String format, JsonNode query, Long recordCount,
        String dataSha256, Long dataSize) {
}
