package org.matbank.release;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Contributor credit: what a dataset (or an organisation's datasets) gave and how it was used. */
public final class Credit {

    private Credit() {
    }

    /**
     * A dataset's credit.
     *
     * @param recordsByKind     its records, by kind (material_run, measurement_run...)
     * @param exports           exports that took records of it
     * @param recordsDownloaded records of it those exports took
     * @param releases          the releases that hold records of it, with their downloads and citations
     * @param modelUses         the models trained on records of it (the model registry, issue 7)
     */
    public record OfDataset(UUID dataset, String name, UUID organisation, Map<String, Long> recordsByKind, long records,
            long exports, long recordsDownloaded, List<OfRelease> releases, Long modelUses) {
    }

    /** A release holding records of the dataset: how many, how often its files were downloaded, its citations. */
    public record OfRelease(UUID release, String pid, String title, int version, long records, long downloads, long citations) {
    }

    /** An organisation's credit: the sums over its datasets, and each dataset's own. */
    public record OfOrganisation(UUID organisation, long records, long exports, long recordsDownloaded, long releaseDownloads,
            long citations, List<OfDataset> datasets) {
    }
}
