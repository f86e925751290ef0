package org.matbank.search;

import java.io.IOException;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the one Lucene query of a request (filter AND words AND visibility) and reads hits.
 * The visibility filter is added here and nowhere else.
 */
final class SearchQueries {

    private static final Set<String> DIMENSIONS = Set.of(Fields.DATASET, Fields.KIND, Fields.FAMILY, Fields.TEMPLATE, Fields.INSTITUTION,
            Fields.ELEMENT, Fields.PROPERTY, Fields.COLUMN);

    private final SearchIndex index;
    private final QueryBuilder words = new QueryBuilder(TextAnalyzers.forQueries());

    SearchQueries(SearchIndex index) {
        this.index = index;
    }

    Query query(SearchRequest request, Visibility visibility, IndexReader reader) {
        for (String dim : request.facets()) {
            if (!DIMENSIONS.contains(dim)) {
                throw new FacetException("unknown facet '" + dim + "'; facets: " + String.join(", ", DIMENSIONS.stream().sorted().toList()));
            }
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(visibility.filter(), Occur.FILTER);
        if (request.hasFilter()) {
            Filter filter = FilterParser.parse(request.filter());
            all.add(new FilterQueries(SeenUnits.of(index.units(), visibility, reader), reader).of(filter), Occur.FILTER);
        }
        if (request.hasText()) {
            Query korean = words.createBooleanQuery(TextAnalyzers.KOREAN, request.text(), Occur.MUST);
            Query english = words.createBooleanQuery(TextAnalyzers.ENGLISH, request.text(), Occur.MUST);
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            if (korean != null) {
                either.add(korean, Occur.SHOULD);
            }
            if (english != null) {
                either.add(english, Occur.SHOULD);
            }
            BooleanQuery text = either.build();
            if (!text.clauses().isEmpty()) {
                all.add(text, Occur.MUST);
            }
        }
        if (!request.hasText()) {
            all.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return all.build();
    }

    MaterialFacts facts(IndexSearcher searcher, int doc) throws IOException {
        return index.documents().facts(searcher.storedFields().document(doc, Set.of(Fields.FACTS)).getBinaryValue(Fields.FACTS));
    }

    long count(IndexSearcher searcher, Query query) throws IOException {
        return searcher.count(query);
    }

    /**
     * Every match in index order, the fastest way through the stored facts: a segment's stored
     * fields are read with its codec's sequential ("merge") reader, which decompresses each block
     * of documents once, where the ordinary reader decompresses a block for every document asked
     * for (that was two thirds of an export's time).
     */
    long inIndexOrder(IndexSearcher searcher, Query query, Consumer<MaterialFacts> sink) throws IOException {
        long[] count = {0};
        searcher.search(query, new SimpleCollector() {
            private StoredFields stored;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                stored = context.reader() instanceof CodecReader codec ? codec.getFieldsReader().getMergeInstance()
                        : context.reader().storedFields();
            }

            @Override
            public void collect(int doc) throws IOException {
                sink.accept(index.documents().facts(stored.document(doc, Set.of(Fields.FACTS)).getBinaryValue(Fields.FACTS)));
                count[0]++;
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return count[0];
    }
}
