package org.matbank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherLifetimeManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Lucene index of materials under data-dir/search (a throw-away folder when the database is
 * ephemeral). Holds the writer, the near-real-time searchers, the searchers pinned by open
 * cursors, and what the last commit recorded: which database it belongs to and the SI units of
 * every numeric attribute.
 */
@Component
class SearchIndex implements DisposableBean {

    private static final String BANK = "bank";
    private static final String UNITS = "units";
    private static final String LAYOUT = "layout";
    /**
     * The layout of the documents, recorded at every commit; an index of another layout is
     * rebuilt on start. 2: the column facet in a doc-values field of its own (1, unrecorded: all
     * facet dimensions in one field); 3: a facet of the material's dataset, in a field of its own;
     * 4: ingredient amounts as facts, and the stored facts carry version, spec and dataset.
     */
    private static final String CURRENT_LAYOUT = "4";
    private static final double CURSOR_LIFETIME_SECONDS = 600;

    private final Path folder;
    private final boolean throwAway;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SearcherLifetimeManager pinned = new SearcherLifetimeManager();
    private final MaterialDocuments documents;
    private final JsonMapper json;
    private final Map<String, Set<String>> units = new ConcurrentHashMap<>();
    /** Runs the parts of one search side by side (segments, facet counts); null on one core. */
    private final ExecutorService executor;
    private volatile FacetStates facetStates;

    /** The facet ordinals of one reader, per facet field (empty: no material has facets there yet). */
    private record FacetStates(IndexReader reader, Map<String, Optional<SortedSetDocValuesReaderState>> byField) {
    }

    /** A searcher lent out; give it back with {@link SearchIndex#release}. */
    record Lease(IndexSearcher searcher, long token) {
    }

    SearchIndex(String dataDir, boolean ephemeral, JsonMapper json) throws IOException {
        this(dataDir, ephemeral, 0, json);
    }

    /**
     * @param threads threads a search may use at once over the segments of the index and to count
     *     facets (0: one per core; 1: the request's thread only)
     */
    @Autowired
    SearchIndex(@Value("${matbank.data-dir}") String dataDir, @Value("${matbank.db.ephemeral:false}") boolean ephemeral,
            @Value("${matbank.search.threads:0}") int threads, JsonMapper json) throws IOException {
        this.json = json;
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.executor = n <= 1 ? null : Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "search-slice");
            t.setDaemon(true);
            return t;
        });
        this.throwAway = ephemeral;
        this.folder = ephemeral ? Files.createTempDirectory("matbank-search") : Path.of(dataDir).resolve("search");
        Files.createDirectories(folder);
        // Small segments flushed for near-real-time searches stay in memory until merged: a write
        // that must be searchable when its request returns does not pay for files and mmaps.
        this.directory = new NRTCachingDirectory(FSDirectory.open(folder), 8, 64);
        this.documents = new MaterialDocuments(json);
        IndexWriterConfig config = new IndexWriterConfig(TextAnalyzers.forIndexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64)
                .setUseCompoundFile(false);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return executor == null ? new IndexSearcher(reader) : new IndexSearcher(reader, executor);
            }
        });
        Map<String, String> committed = committedData();
        if (committed.containsKey(UNITS)) {
            Map<String, Set<String>> stored = json.readValue(committed.get(UNITS), new TypeReference<Map<String, Set<String>>>() { });
            stored.forEach((attribute, known) -> {
                Set<String> set = ConcurrentHashMap.newKeySet();
                set.addAll(known);
                units.put(attribute, set);
            });
        }
    }

    MaterialDocuments documents() {
        return documents;
    }

    /** The threads a search may spread over, or null when it runs on the request's thread alone. */
    ExecutorService executor() {
        return executor;
    }

    /** The database this index was built from, or null for a new index. */
    String bank() {
        return committedData().get(BANK);
    }

    /** Whether the index was written in this version's layout (else it must be rebuilt). */
    boolean hasCurrentLayout() {
        return CURRENT_LAYOUT.equals(committedData().get(LAYOUT));
    }

    int size() {
        return writer.getDocStats().numDocs;
    }

    /** Adds or replaces these materials and removes the given ids; visible to searches at once. */
    void write(List<MaterialFacts> materials, Collection<UUID> removed, Function<MaterialFacts, String> visibility) {
        try {
            for (MaterialFacts m : materials) {
                writer.updateDocument(new Term(Fields.ID, m.id().toString()), documents.document(m, visibility.apply(m), units));
            }
            for (UUID id : removed) {
                writer.deleteDocuments(new Term(Fields.ID, id.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds materials that are not in the index (a rebuild after {@link #deleteAll}): no lookup of an
     * older document to replace. Safe to call from several threads at once; each builds and
     * analyses its documents itself.
     */
    void add(List<MaterialFacts> materials, Function<MaterialFacts, String> visibility) {
        try {
            for (MaterialFacts m : materials) {
                writer.addDocument(documents.document(m, visibility.apply(m), units));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteAll() {
        try {
            writer.deleteAll();
            units.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was written durable, recording the database it came from. */
    void commit(String bank) {
        try {
            Map<String, String> data = new HashMap<>();
            data.put(BANK, bank);
            data.put(LAYOUT, CURRENT_LAYOUT);
            data.put(UNITS, json.writeValueAsString(new TreeMap<>(units)));
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SI units each numeric attribute ("property|tensile strength") is stored in. */
    Map<String, Set<String>> units() {
        return units;
    }

    /**
     * The searcher a cursor was made on, while it lives (so that pages of one search come from
     * one snapshot, whatever is inserted meanwhile), else the newest.
     */
    Lease acquire(Long token) {
        try {
            if (token != null) {
                IndexSearcher old = pinned.acquire(token);
                if (old != null) {
                    return new Lease(old, token);
                }
            }
            IndexSearcher current = searchers.acquire();
            try {
                long recorded = pinned.record(current);
                pinned.prune(new SearcherLifetimeManager.PruneByAge(CURSOR_LIFETIME_SECONDS));
                IndexSearcher lent = pinned.acquire(recorded);
                return new Lease(lent != null ? lent : current, recorded);
            } finally {
                searchers.release(current);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void release(Lease lease) {
        try {
            pinned.release(lease.searcher());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The facet ordinals of the field that holds a dimension ({@link Fields#facetField}), built
     * once per reader and field (it costs a pass over the field's values); null when no material
     * has facets there yet.
     */
    SortedSetDocValuesReaderState facetState(IndexReader reader, String dim) {
        FacetStates current = facetStates;
        if (current == null || current.reader() != reader) {
            current = new FacetStates(reader, new ConcurrentHashMap<>());
            facetStates = current;
        }
        return current.byField().computeIfAbsent(Fields.facetField(dim), field -> {
            try {
                return Optional.of(new DefaultSortedSetDocValuesReaderState(reader, field, documents.facetsConfig()));
            } catch (IllegalArgumentException noFacetsYet) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
    }

    private Map<String, String> committedData() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return Map.of();
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.getIndexCommit().getUserData();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() throws IOException {
        pinned.close();
        searchers.close();
        writer.close();
        directory.close();
        if (executor != null) {
            executor.shutdown();
        }
        if (throwAway) {
            FileSystemUtils.deleteRecursively(folder);
        }
    }
}
