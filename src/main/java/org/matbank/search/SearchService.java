package org.matbank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.springframework.stereotype.Service;

/**
 * Finds materials: a filter, words and a sort give a page of hits with exact totals and facet
 * counts, or, for exports, every match in order. What the caller may not see is filtered out
 * before anything is counted ({@link Visibility}).
 */
@Service
public class SearchService {

    private static final int EXPORT_PAGE = 5_000;

    private final SearchIndex index;
    private final SearchIndexer indexer;
    private final SearchQueries queries;

    SearchService(SearchIndex index, SearchIndexer indexer) {
        this.index = index;
        this.indexer = indexer;
        this.queries = new SearchQueries(index);
    }

    /**
     * How many matches of a search each dataset holds (materials of no dataset left out): what an
     * export or a release takes of each dataset, for quotas and contributor credit.
     */
    public Map<UUID, Long> countsByDataset(String filter, String text, Visibility visibility) {
        Map<UUID, Long> counts = new LinkedHashMap<>();
        SearchPage page = search(new SearchRequest(filter, text, null, List.of(Fields.DATASET), 1, null), visibility);
        for (SearchPage.FacetCount c : page.facets().getOrDefault(Fields.DATASET, List.of())) {
            if (!c.value().equals(Visibility.PUBLIC)) {
                counts.put(UUID.fromString(c.value()), c.count());
            }
        }
        return counts;
    }

    public SearchPage search(SearchRequest request, Visibility visibility) {
        return explained(request, () -> page(request, visibility));
    }

    private SearchPage page(SearchRequest request, Visibility visibility) {
        int fingerprint = fingerprint(request);
        Cursors.Cursor cursor = request.cursor() == null || request.cursor().isBlank() ? null
                : Cursors.read(request.cursor(), fingerprint);
        SearchIndex.Lease lease = index.acquire(cursor == null ? null : cursor.snapshot());
        try {
            IndexSearcher searcher = lease.searcher();
            Query query = queries.query(request, visibility, searcher.getIndexReader());
            Sort sort = Sorts.of(request, SeenUnits.of(index.units(), visibility, searcher.getIndexReader()));
            int size = request.pageSize();
            FieldDoc after = cursor == null ? null : (FieldDoc) cursor.after();
            boolean counted = cursor == null && !request.facets().isEmpty();
            TopDocs top;
            long total;
            FacetsCollector matches = null;
            if (request.hasText()) {
                // Ranked by score: the page comes from a top-k that skips documents whose score cannot
                // enter it (no exact count is asked of it), the exact total from a pass without scores.
                // One pass that scored every match took 105 ms for the 1 M materials with 인장강도.
                top = searcher.search(query, new TopFieldCollectorManager(sort, size, after, size));
                if (counted) {
                    matches = searcher.search(query, new FacetsCollectorManager());
                    total = matches.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
                } else {
                    total = queries.count(searcher, query);
                }
            } else if (counted) {
                // no scores to compute: one pass collects the page, the total and the matches to count facets in
                FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, size, sort, false,
                        new FacetsCollectorManager());
                top = result.topDocs();
                total = top.totalHits.value;
                matches = result.facetsCollector();
            } else {
                top = searcher.search(query, new TopFieldCollectorManager(sort, size, after, Integer.MAX_VALUE));
                total = top.totalHits.value;
            }
            Map<String, List<SearchPage.FacetCount>> facets = matches != null ? FacetCounts.of(index, searcher, matches, request.facets())
                    : cursor == null ? new LinkedHashMap<>() : Map.of();
            List<SearchPage.Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc d : top.scoreDocs) {
                hits.add(SearchPage.Hit.of(queries.facts(searcher, d.doc)));
            }
            String next = top.scoreDocs.length == size && (cursor != null || total > size)
                    ? Cursors.write(lease.token(), fingerprint, (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1]) : null;
            return new SearchPage(total, hits, facets, next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(lease);
        }
    }

    /**
     * One state of the index, held until closed: several passes over a result (a count, the
     * columns, then each format of a release) see the same materials whatever is written meanwhile.
     */
    public final class Snapshot implements AutoCloseable {

        private final SearchIndex.Lease lease = index.acquire(null);

        /** How many materials match. */
        public long count(SearchRequest request, Visibility visibility) {
            return explained(request, () -> {
                try {
                    IndexSearcher searcher = lease.searcher();
                    return queries.count(searcher, queries.query(request, visibility, searcher.getIndexReader()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** Every match in the request's order, as facts, to the sink; returns how many. */
        public long forEach(SearchRequest request, Visibility visibility, Consumer<MaterialFacts> sink) {
            return explained(request, () -> stream(lease, request, visibility, sink));
        }

        @Override
        public void close() {
            index.release(lease);
        }
    }

    public Snapshot snapshot() {
        return new Snapshot();
    }

    /** Every match in the request's order, as facts, to the sink; returns how many. */
    public long forEach(SearchRequest request, Visibility visibility, Consumer<MaterialFacts> sink) {
        try (Snapshot snapshot = snapshot()) {
            return snapshot.forEach(request, visibility, sink);
        }
    }

    private long stream(SearchIndex.Lease lease, SearchRequest request, Visibility visibility, Consumer<MaterialFacts> sink) {
        try {
            IndexSearcher searcher = lease.searcher();
            Query query = queries.query(request, visibility, searcher.getIndexReader());
            if (!request.hasSort() && !request.hasText()) {
                return queries.inIndexOrder(searcher, query, sink);
            }
            Sort sort = Sorts.of(request, SeenUnits.of(index.units(), visibility, searcher.getIndexReader()));
            long count = 0;
            ScoreDoc after = null;
            while (true) {
                TopDocs top = after == null ? searcher.search(query, EXPORT_PAGE, sort, request.hasText())
                        : searcher.searchAfter(after, query, EXPORT_PAGE, sort, request.hasText());
                for (ScoreDoc d : top.scoreDocs) {
                    sink.accept(queries.facts(searcher, d.doc));
                }
                count += top.scoreDocs.length;
                if (top.scoreDocs.length < EXPORT_PAGE) {
                    return count;
                }
                after = top.scoreDocs[top.scoreDocs.length - 1];
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A column a table of the matches needs: a fact column ({@link MaterialFacts.Fact#column()}) with
     * its SI unit ("" when dimensionless, null for text), or "composition:ELEMENT"; with the number
     * of matches that fill it.
     */
    public record Column(String name, String siUnit, long count) {

        public boolean isComposition() {
            return name.startsWith("composition:");
        }
    }

    /** The columns a table of the matches needs, known before streaming it. */
    public List<Column> columns(SearchRequest request, Visibility visibility) {
        SearchRequest counting = new SearchRequest(request.filter(), request.text(), null, List.of(Fields.COLUMN), 1, null);
        List<Column> columns = new ArrayList<>();
        for (SearchPage.FacetCount c : search(counting, visibility).facets().getOrDefault(Fields.COLUMN, List.of())) {
            String name = c.value();
            String siUnit = null;
            if (!name.startsWith("composition:")) {
                String key = name.replaceFirst(":", "|");
                siUnit = index.units().getOrDefault(key, Set.of()).stream()
                        .filter(u -> !u.equals(Fields.TEXT_UNIT)).sorted().findFirst().orElse(null);
            }
            columns.add(new Column(name, siUnit, c.count()));
        }
        columns.sort(Comparator.comparing(Column::name));
        return columns;
    }

    /** Waits until the index has taken in everything written so far (a start-up rebuild included). */
    public void awaitIndexed() {
        indexer.awaitIdle();
    }

    /** Rebuilds the index from the database; returns the number of materials indexed. */
    public long rebuild(LongConsumer progress) {
        return indexer.rebuild(progress);
    }

    /** How many materials the index holds (all of them, whoever may see them). */
    public long indexed() {
        return index.size();
    }

    /**
     * The state of the index: materials held, whether a rebuild runs and how far it is.
     *
     * @param rebuilt materials indexed so far by the running (or last) rebuild
     */
    public record Status(long indexed, boolean rebuilding, long rebuilt) {
    }

    public Status status() {
        SearchIndexer.Status s = indexer.status();
        return new Status(index.size(), s.rebuilding(), s.rebuilt());
    }

    /** Runs a search, turning a {@link FilterException} into a 400 that names the request field. */
    private static <T> T explained(SearchRequest request, java.util.function.Supplier<T> search) {
        try {
            return search.get();
        } catch (FilterException e) {
            String field = e instanceof SortException ? "sort" : e instanceof CursorException ? "cursor"
                    : e instanceof FacetException ? "facets" : "filter";
            String text = switch (field) {
                case "sort" -> request.sort();
                case "cursor" -> null;
                case "facets" -> String.join(",", request.facets());
                default -> request.filter();
            };
            throw e.toInvalidInput(field, text);
        }
    }

    private static int fingerprint(SearchRequest r) {
        return Objects.hash(r.filter(), r.text(), r.sort());
    }
}
