package org.matbank.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One page of a search.
 *
 * @param total every match the caller may see, not only this page's
 * @param facets per dimension, the values with their counts among all matches, most frequent first
 * @param nextCursor pass it back for the next page; null on the last page
 */
public record SearchPage(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, String nextCursor) {

    /** A value of a facet and how many matches have it. */
    public record FacetCount(String value, long count) {
    }

    /** A material found: its identity, composition and the facts of its history (SI values). */
    public record Hit(UUID id, String kind, String name, String family, String template, String author,
            String institution, LocalDate date, boolean intermediate, List<MaterialFacts.Component> composition,
            List<MaterialFacts.Fact> facts) {

        static Hit of(MaterialFacts m) {
            return new Hit(m.id(), m.kind(), m.name(), m.family(), m.template(), m.author(), m.institution(), m.date(),
                    m.intermediate(), m.composition(), m.facts());
        }
    }
}
