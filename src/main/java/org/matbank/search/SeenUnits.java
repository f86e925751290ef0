package org.matbank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The attribute names (and their units) a caller may know of: those that at least one material
 * the caller may see carries. The index's registry is global, so without this a filter or sort on a
 * name used only in hidden datasets would be told apart from one on a name nobody uses, and the
 * "names that would work" of a refused filter would list hidden ones. Asked lazily, once per name.
 */
final class SeenUnits extends AbstractMap<String, Set<String>> {

    private final Map<String, Set<String>> all;
    private final IndexSearcher searcher;
    private final Visibility visibility;
    private final Map<String, Boolean> seen = new HashMap<>();

    private SeenUnits(Map<String, Set<String>> all, IndexReader reader, Visibility visibility) {
        this.all = all;
        this.searcher = new IndexSearcher(reader);
        this.visibility = visibility;
    }

    /** The registry as a caller of this visibility may know it. */
    static Map<String, Set<String>> of(Map<String, Set<String>> all, Visibility visibility, IndexReader reader) {
        return visibility.everything() ? all : new SeenUnits(all, reader, visibility);
    }

    @Override
    public Set<String> get(Object key) {
        return key instanceof String name && all.containsKey(name) && seen(name) ? all.get(name) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Set<Entry<String, Set<String>>> entrySet() {
        return all.entrySet().stream().filter(e -> seen(e.getKey())).collect(Collectors.toSet());
    }

    /** Whether any live document matches: stops at the first, where a count would visit them all. */
    private boolean any(Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean seen(String name) {
        return seen.computeIfAbsent(name, n -> {
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            q.add(new TermQuery(new Term(Fields.HAS, n)), Occur.FILTER);
            q.add(visibility.filter(), Occur.FILTER);
            try {
                return any(q.build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
