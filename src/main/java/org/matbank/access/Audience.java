package org.matbank.access;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Whose records a caller may see: records of no dataset (open to all), and those of the datasets
 * listed. Computed once per request by {@link DatasetAccess#audience}; every read path (records,
 * histories, search with its totals and facets, exports, releases) filters with it.
 *
 * @param everything true for an administrator, who sees every dataset
 * @param datasets   the datasets whose records the caller may see: the public ones (an embargo
 *                   whose day has come included), and the ones the caller's membership or an
 *                   approved access request opens, less protected ones whose rules the caller
 *                   (organisation, country, network) does not meet
 * @param noExport   those of them in secure-zone mode: seen, never exported raw
 */
public record Audience(boolean everything, Set<UUID> datasets, Set<UUID> noExport) {

    public Audience {
        datasets = Set.copyOf(datasets);
        noExport = Set.copyOf(noExport);
    }

    public Audience(boolean everything, Set<UUID> datasets) {
        this(everything, datasets, Set.of());
    }

    /**
     * What may leave MatBank as raw records (exports): the same, without the datasets in secure-zone
     * mode, whose records are searched, viewed and analysed inside only.
     */
    public Audience forExport() {
        if (noExport.isEmpty()) {
            return this;
        }
        Set<UUID> exportable = new HashSet<>(datasets);
        exportable.removeAll(noExport);
        return new Audience(everything, exportable, Set.of());
    }

    /** Whether a record of this dataset (null: no dataset) may be seen. */
    public boolean sees(UUID dataset) {
        return dataset == null || everything || datasets.contains(dataset);
    }
}
