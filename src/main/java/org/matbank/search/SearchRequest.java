package org.matbank.search;

import java.util.List;

/**
 * A search: a filter in MatBank's filter language, words to find, a sort, the facets to count
 * and a page. Every part may be empty: no filter and no text finds every material.
 *
 * @param sort e.g. {@code property."tensile strength" desc}; default: relevance with text, else oldest first
 * @param facets dimensions to count: kind, family, template, institution, element, property, column
 * @param limit page size, 1..1000 (default 50)
 * @param cursor the {@code next_cursor} of the previous page
 */
public record SearchRequest(String filter, String text, String sort, List<String> facets, Integer limit, String cursor) {

    public static final List<String> DEFAULT_FACETS = List.of("family", "template", "institution", "element", "property");

    public SearchRequest {
        facets = facets == null ? DEFAULT_FACETS : List.copyOf(facets);
    }

    /** A request for every match, for exports: no facets, no page. */
    public static SearchRequest of(String filter, String text, String sort) {
        return new SearchRequest(filter, text, sort, List.of(), null, null);
    }

    int pageSize() {
        return limit == null ? 50 : Math.max(1, Math.min(1000, limit));
    }

    boolean hasFilter() {
        return filter != null && !filter.isBlank();
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }

    boolean hasSort() {
        return sort != null && !sort.isBlank();
    }
}
