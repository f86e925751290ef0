package org.matbank.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.matbank.access.Audience;

/**
 * What a caller may see: the one predicate every search, count, facet and export goes through
 * (the query builder adds it; nothing else reads the index). A material is indexed with its
 * dataset's id, or {@link #PUBLIC} when it belongs to none; a caller sees the public ones and
 * those of the datasets its {@link Audience} lists. The filter lets in only what it names, so a
 * dataset created after the audience was read stays hidden.
 *
 * @param everything true for an administrator: no filter
 * @param groups     the visibility values the caller may see besides public ones (dataset ids)
 */
public record Visibility(boolean everything, Set<String> groups) {

    /** The visibility of material that everyone may see. */
    public static final String PUBLIC = "public";

    public Visibility {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }


    /** What an audience may see. */
    public static Visibility of(Audience audience) {
        Set<String> groups = new HashSet<>();
        audience.datasets().forEach(id -> groups.add(id.toString()));
        return new Visibility(audience.everything(), groups);
    }

    /**
     * Materials of no dataset only: not even public datasets. For indexes without datasets
     * (benchmarks, tests); requests use {@link #of} with the caller's audience.
     */
    public static Visibility publicOnly() {
        return new Visibility(false, Set.of());
    }

    Query filter() {
        if (everything) {
            return new MatchAllDocsQuery();
        }
        List<BytesRef> terms = new ArrayList<>(groups.size() + 1);
        terms.add(new BytesRef(PUBLIC));
        groups.forEach(g -> terms.add(new BytesRef(g)));
        return new TermInSetQuery(Fields.VISIBILITY, terms);
    }
}
