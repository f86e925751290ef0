package org.matbank.export;

import java.util.List;

/**
 * What {@link ExportIdentifier} found out about a file.
 *
 * @param how how the exports were found: by a fingerprint the file carries, by the file's
 *     checksum (it carries none this MatBank issued, but its bytes are those of an export's data
 *     file or of a release file), or not at all
 * @param fingerprints every fingerprint in the file, with where it was seen and whether the log knows it
 * @param exports the exports found, newest first
 * @param sha256 the SHA-256 of the whole file
 */
public record Identification(How how, List<Carried> fingerprints, List<ExportLogEntry> exports, String sha256) {

    /** How the exports were found. */
    public enum How {
        FINGERPRINT, CHECKSUM, NOTHING
    }

    /**
     * A fingerprint in the file.
     *
     * @param places where it was seen: the file, or an entry inside it ({@code leak.zip!/records.csv})
     * @param known whether this MatBank's export log has it
     */
    public record Carried(String fingerprint, List<String> places, boolean known) {
    }

    public Identification {
        fingerprints = List.copyOf(fingerprints);
        exports = List.copyOf(exports);
    }
}
