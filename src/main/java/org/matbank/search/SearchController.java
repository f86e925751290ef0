package org.matbank.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.matbank.access.DatasetAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/search: materials by filter, words and sort, with facets and cursor pages. */
@RestController
@RequestMapping("/api/search")
class SearchController {

    private final SearchService search;
    private final DatasetAccess access;

    SearchController(SearchService search, DatasetAccess access) {
        this.search = search;
        this.access = access;
    }

    @Operation(summary = "Find materials", description = """
            Filter language (docs/SEARCH.md), modelled on OPTIMADE's, with units, e.g.
            `property."tensile strength" >= 0.5 GPa AND composition.Cr BETWEEN 0.5 wt% AND 2 wt%`,
            `parameter."tempering temperature" BETWEEN 400 degC AND 600 degC`, `elements HAS ALL "Cr","Mo" AND nelements <= 6`.
            `text` finds words in Korean or English (인장강도, 열처리, tempered). Totals and facets count every match;
            pass `next_cursor` back as `cursor` for the next page.""")
    @GetMapping
    SearchPage find(
            @Parameter(example = "property.\"fatigue strength\" >= 500 MPa") @RequestParam(required = false) String filter,
            @Parameter(example = "steel") @RequestParam(required = false) String text,
            @Parameter(example = "property.\"fatigue strength\" desc") @RequestParam(required = false) String sort,
            @Parameter(example = "family,template,institution,element,property") @RequestParam(required = false) String facets,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor, HttpServletRequest http) {
        return search.search(new SearchRequest(filter, text, sort, facets(facets), limit, cursor), Visibility.of(access.audience(http)));
    }

    @Operation(summary = "State of the search index: materials indexed, rebuild running")
    @GetMapping("/status")
    SearchService.Status status() {
        return search.status();
    }

    @Operation(summary = "Rebuild the search index from the database (admin)")
    @PostMapping("/rebuild")
    Map<String, Long> rebuild() {
        return Map.of("indexed", search.rebuild(n -> { }));
    }

    static List<String> facets(String facets) {
        if (facets == null) {
            return null;
        }
        return Arrays.stream(facets.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
