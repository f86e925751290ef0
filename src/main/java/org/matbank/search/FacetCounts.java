package org.matbank.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

/**
 * The facet counts of a search's matches: the most frequent values of each dimension asked for,
 * every value of the columns and datasets. Everything counted has passed the visibility filter.
 */
final class FacetCounts {

    private static final int FACET_VALUES = 20;

    private FacetCounts() {
    }

    static Map<String, List<SearchPage.FacetCount>> of(SearchIndex index, IndexSearcher searcher, FacetsCollector matches,
            List<String> dims) throws IOException {
        Map<String, List<SearchPage.FacetCount>> facets = new LinkedHashMap<>();
        // one count per facet field (the columns have their own), shared by the dimensions in it
        Map<SortedSetDocValuesReaderState, Facets> counted = new IdentityHashMap<>();
        for (String dim : dims) {
            List<SearchPage.FacetCount> values = new ArrayList<>();
            SortedSetDocValuesReaderState state = index.facetState(searcher.getIndexReader(), dim);
            if (state != null) {
                Facets counts = counted.get(state);
                if (counts == null) {
                    // segments counted side by side when there are cores to spare
                    counts = index.executor() == null ? new SortedSetDocValuesFacetCounts(state, matches)
                            : concurrentCounts(index, state, matches);
                    counted.put(state, counts);
                }
                FacetResult top = facetOrNull(counts, dim);
                if (top != null) {
                    for (LabelAndValue lv : top.labelValues) {
                        values.add(new SearchPage.FacetCount(lv.label, lv.value.longValue()));
                    }
                }
            }
            facets.put(dim, values);
        }
        return facets;
    }

    private static Facets concurrentCounts(SearchIndex index, SortedSetDocValuesReaderState state, FacetsCollector matches)
            throws IOException {
        try {
            return new ConcurrentSortedSetDocValuesFacetCounts(state, matches, index.executor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting facets", e);
        }
    }

    private static FacetResult facetOrNull(Facets counts, String dim) throws IOException {
        try {
            return dim.equals(Fields.COLUMN) || dim.equals(Fields.DATASET) ? counts.getAllChildren(dim)
                    : counts.getTopChildren(FACET_VALUES, dim);
        } catch (IllegalArgumentException notIndexedYet) {
            return null;
        }
    }
}
