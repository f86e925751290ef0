package org.matbank.export;

import java.util.Objects;
import org.matbank.access.Audience;

/**
 * One export as asked: a marked one, for a recipient, with a fresh fingerprint that goes into the
 * manifest and the data file and is logged; or an unmarked one, for a public release file that
 * must be the same bytes for everyone.
 *
 * @param format the file format
 * @param query the query that chose the materials, written to the manifest as given
 * @param recipient who receives the export; null only for an unmarked export
 * @param fingerprint the export's fingerprint ({@link ExportFingerprint}); null only for an unmarked export
 * @param audience who receives it: objects of a history it may not see are left out (null: none are,
 *     the materials having been chosen for an audience before)
 */
public record ExportRequest(ExportFormat format, ExportQuery query, Recipient recipient, String fingerprint, Audience audience) {

    public ExportRequest {
        Objects.requireNonNull(format, "format");
        query = query == null ? ExportQuery.none() : query;
        if (recipient == null != (fingerprint == null)) {
            throw new IllegalArgumentException("a marked export has both a recipient and a fingerprint, an unmarked one neither");
        }
        if (fingerprint != null && !ExportFingerprint.isOne(fingerprint)) {
            throw new IllegalArgumentException("not a fingerprint: " + fingerprint);
        }
    }

    /** An export for a recipient, with a new fingerprint. */
    public static ExportRequest to(Recipient recipient, ExportFormat format, ExportQuery query) {
        return new ExportRequest(format, query, Objects.requireNonNull(recipient, "recipient"), ExportFingerprint.next(), null);
    }

    /**
     * An export without fingerprint or log entry: only for release files, which are public and
     * citable by one checksum (their downloads are logged instead).
     */
    public static ExportRequest unmarked(ExportFormat format, ExportQuery query) {
        return new ExportRequest(format, query, null, null, null);
    }

    /** The same request for an audience: what it may not see of a history is left out. */
    public ExportRequest seenBy(Audience audience) {
        return new ExportRequest(format, query, recipient, fingerprint, audience);
    }

    /** Whether the export carries a fingerprint and is logged. */
    public boolean marked() {
        return fingerprint != null;
    }
}
