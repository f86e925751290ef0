package org.matbank.release;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A published release.
 *
 * @param series the name its versions share, such as "nims-fatigue"
 * @param version 1, 2, 3... within the series
 * @param pid its persistent identifier
 * @param citation how to cite it
 * @param filter the filter that chose its materials (null: all)
 * @param text the words that chose its materials (null: none)
 * @param files the bulk files, each a ZIP of one format with its own manifest
 */
public record Release(UUID id, String series, int version, String title, List<String> creators, String description,
        String filter, String text, String pid, String citation, long recordCount, List<ReleaseFile> files,
        String createdBy, Instant createdAt) {

    /** One bulk file of a release. */
    public record ReleaseFile(String name, String format, long size, String sha256) {
    }
}
