package org.matbank.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.matbank.search.SearchPage;

/**
 * The facet panel: per dimension, its values with their counts and the filter that narrows the
 * current one to that value (the filter language of docs/SEARCH.md, so the result is a URL a
 * researcher can keep and edit).
 */
final class FacetLinks {

    /** A value to click: its count, the narrowed filter, the page showing it, and whether the filter already holds it. */
    record Link(String value, long count, String filter, String href, boolean active) {
    }

    private FacetLinks() {
    }

    /** The links; {@code href} makes the address of the search page for a narrowed filter. */
    static Map<String, List<Link>> of(SearchPage page, String filter, Function<String, String> href) {
        Map<String, List<Link>> links = new LinkedHashMap<>();
        String current = filter == null ? "" : filter.strip();
        page.facets().forEach((dimension, counts) -> {
            List<Link> values = new ArrayList<>();
            for (SearchPage.FacetCount c : counts) {
                String condition = condition(dimension, c.value());
                boolean active = current.contains(condition);
                String narrowed = active ? current : current.isEmpty() ? condition : "(" + current + ") AND " + condition;
                values.add(new Link(c.value(), c.count(), narrowed, href.apply(narrowed), active));
            }
            links.put(dimension, values);
        });
        return links;
    }

    /** The filter condition that keeps only materials with this facet value. */
    static String condition(String dimension, String value) {
        String quoted = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return switch (dimension) {
            case "element" -> "elements HAS " + quoted;
            case "property" -> "property." + quoted + " IS KNOWN";
            default -> dimension + " = " + quoted;
        };
    }
}
