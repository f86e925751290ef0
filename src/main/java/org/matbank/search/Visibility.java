package org.matbank.search;

import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;

/**
 * What a caller may see: the one predicate every search, count, facet and export goes through
 * (the query builder adds it; nothing else reads the index). Materials are public until datasets
 * and their access rules arrive; then a material's visibility is its dataset.
 *
 * @param groups the visibility values the caller may see besides public ones
 */
public record Visibility(Set<String> groups) {

    /** The visibility of material that everyone may see. */
    public static final String PUBLIC = "public";

    public Visibility {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }

    /** Only public materials. */
    public static Visibility publicOnly() {
        return new Visibility(Set.of());
    }

    Query filter() {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new TermQuery(new Term(Fields.VISIBILITY, PUBLIC)), BooleanClause.Occur.SHOULD);
        groups.forEach(g -> any.add(new TermQuery(new Term(Fields.VISIBILITY, g)), BooleanClause.Occur.SHOULD));
        return any.build();
    }
}
