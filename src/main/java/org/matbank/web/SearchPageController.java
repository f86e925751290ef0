package org.matbank.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.matbank.access.DatasetAccess;
import org.matbank.search.SearchPage;
import org.matbank.search.SearchRequest;
import org.matbank.search.SearchService;
import org.matbank.search.Visibility;
import org.matbank.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search page: words and a filter, facets to narrow, a table of chosen columns in chosen
 * units, and an Ashby-style chart of two of them. htmx asks for the results part only
 * ({@code HX-Request}); without script the whole page comes back, so every state has a URL.
 */
@Controller
class SearchPageController {

    /** The chart plots up to the API's largest page; the table shows the first rows of it. */
    private static final int PLOTTED = 1000;
    private static final int ROWS = 100;

    private final SearchService search;
    private final DatasetAccess access;
    private final WebJson json;

    SearchPageController(SearchService search, DatasetAccess access, WebJson json) {
        this.search = search;
        this.access = access;
        this.json = json;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String text, @RequestParam(required = false) String filter,
            @RequestParam(required = false) String x, @RequestParam(required = false) String y,
            @RequestParam(defaultValue = "log") String scale,
            @RequestParam(name = "col", required = false) List<String> col, @RequestParam Map<String, String> params,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, HttpServletRequest request) {
        model.addAttribute("text", text);
        model.addAttribute("filter", filter);
        model.addAttribute("scale", "linear".equals(scale) ? "linear" : "log");
        SearchPage page;
        try {
            page = search.search(new SearchRequest(filter, text, null, SearchRequest.DEFAULT_FACETS, PLOTTED, null),
                    Visibility.of(access.audience(request)));
        } catch (InvalidInputException bad) {
            model.addAttribute("problems", bad.violations());
            return htmx != null ? "search :: results" : "search";
        }
        Map<String, String> units = Display.chosenUnits(params);
        SearchTable table = SearchTable.of(page, units);
        List<String> chosen = table.chosen(col, 4);
        // by default the first column (a property) goes up, the next one across, as in an Ashby chart
        List<String> ys = table.chosen(List.of(y == null ? "" : y), 1);
        String yKey = ys.isEmpty() ? null : ys.get(0);
        String xKey = table.chosen(List.of(x == null ? "" : x), 2).stream().filter(k -> !k.equals(yKey)).findFirst()
                .orElse(yKey);
        model.addAttribute("page", page);
        // a facet narrows the filter and keeps the chosen columns, units, axes and scale
        model.addAttribute("facetLinks", FacetLinks.of(page, filter, narrowed -> {
            UriComponentsBuilder href = UriComponentsBuilder.fromPath(request.getContextPath() + "/search");
            request.getParameterMap().forEach((k, v) -> {
                if (!k.equals("filter") && !k.equals("lang")) {
                    href.queryParam(k, (Object[]) v);
                }
            });
            return href.queryParam("filter", narrowed).encode().build().toUriString();
        }));
        model.addAttribute("columns", table.columns());
        model.addAttribute("chosen", chosen.stream().map(table::column).toList());
        model.addAttribute("rows", table.rows(page, chosen, ROWS));
        model.addAttribute("x", xKey == null ? null : table.column(xKey));
        model.addAttribute("y", yKey == null ? null : table.column(yKey));
        List<SearchTable.Point> points = table.points(page, xKey, yKey);
        model.addAttribute("points", points);
        model.addAttribute("pointsJson", json.write(points));
        return htmx != null ? "search :: results" : "search";
    }
}
