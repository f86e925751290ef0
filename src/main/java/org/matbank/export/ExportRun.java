package org.matbank.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * One marked export between its two log entries: logged as started before its first byte, then
 * complete, or cut off with what had been written when the stream broke. A cut-off export is
 * logged rather than forgotten because a client that drops the connection just before the end
 * holds nearly the whole file, fingerprint included. An unmarked export (a release file) is not
 * logged at all.
 */
final class ExportRun {

    private final ExportLog log;
    private final ExportRequest request;
    private long records;
    private LongSupplier bytes = () -> 0;

    private ExportRun(ExportLog log, ExportRequest request) {
        this.log = log;
        this.request = request;
    }

    /**
     * Starts a run, logging a marked export; if the log cannot be written, the export does not
     * start. {@code query} is what chose the records, as the log keeps it (JSON).
     */
    static ExportRun start(ExportLog log, ExportRequest request, Instant at, Object query) {
        if (request.marked()) {
            log.started(request, at, query);
        }
        return new ExportRun(log, request);
    }

    /** Counts a record handed to the writer. */
    void counted() {
        records++;
    }

    /** Where the number of bytes written so far is read, for a cut-off. */
    void measuring(LongSupplier written) {
        this.bytes = written;
    }

    /**
     * Writes the export; if writing fails, logs it cut off and throws the failure on (an
     * IOException as UncheckedIOException). Call {@link #complete} after.
     */
    <T> T write(Writing<T> writing) {
        try {
            return writing.write();
        } catch (IOException e) {
            throw cutOff(new UncheckedIOException(e));
        } catch (RuntimeException e) {
            throw cutOff(e);
        } catch (Error e) {
            throw cutOff(e);
        }
    }

    /** The writing of one export. */
    @FunctionalInterface
    interface Writing<T> {
        T write() throws IOException;
    }

    /** Logs the end of a complete export (its manifest's count and data file) and returns the manifest. */
    ExportManifest complete(ExportManifest manifest) {
        complete(manifest.recordCount(), manifest.files().get(0));
        return manifest;
    }

    /** Logs the end of a complete export of {@code count} records and its data file. */
    void complete(long count, ExportManifest.DataFile data) {
        if (request.marked()) {
            log.complete(request.fingerprint(), count, data);
        }
    }

    /** Logs a broken stream and returns the failure to be thrown on. */
    <T extends Throwable> T cutOff(T failure) {
        if (request.marked()) {
            try {
                log.cutOff(request.fingerprint(), records, bytes.getAsLong());
            } catch (RuntimeException e) {
                failure.addSuppressed(e);   // the row stays 'started': still on record
            }
        }
        return failure;
    }
}
