package org.matbank.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.matbank.access.Audience;
import org.matbank.access.DatasetAccess;
import org.matbank.ingest.ImportService;
import org.matbank.record.RecordGrowth;
import org.matbank.release.Release;
import org.matbank.release.ReleaseService;
import org.matbank.search.SearchPage;
import org.matbank.search.SearchRequest;
import org.matbank.search.SearchService;
import org.matbank.search.Visibility;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/** The dashboard: what the bank holds (by family and institution), how it grew, recent imports and releases. */
@Controller
class HomePage {

    private static final int RECENT = 5;

    private final SearchService search;
    private final RecordGrowth growth;
    private final ImportService imports;
    private final ReleaseService releases;
    private final DatasetAccess access;
    private final WebJson json;

    /** An import as the dashboard lists it. */
    record ImportRow(UUID id, String file, String status, long written, String when) {
    }

    HomePage(SearchService search, RecordGrowth growth, ImportService imports, ReleaseService releases,
            DatasetAccess access, WebJson json) {
        this.json = json;
        this.search = search;
        this.growth = growth;
        this.imports = imports;
        this.releases = releases;
        this.access = access;
    }

    @GetMapping("/")
    String home(Model model, HttpServletRequest request) {
        Audience audience = access.audience(request);
        SearchPage counts = search.search(new SearchRequest(null, null, null,
                List.of("family", "institution", "template"), 1, null), Visibility.of(audience));
        model.addAttribute("total", counts.total());
        // family where the data names one, template otherwise (the demo's steels name none)
        List<String> dims = List.of("family", "template", "institution").stream()
                .filter(d -> !counts.facets().getOrDefault(d, List.of()).isEmpty()).toList();
        Map<String, String> charts = new LinkedHashMap<>();
        dims.forEach(d -> charts.put(d, json.write(counts.facets().getOrDefault(d, List.of()))));
        model.addAttribute("dims", dims);
        model.addAttribute("facets", FacetLinks.of(counts, null, filter -> UriComponentsBuilder
                .fromPath(request.getContextPath() + "/search").queryParam("filter", filter).encode().build().toUriString()));
        model.addAttribute("charts", charts);
        model.addAttribute("growth", json.write(growth.materialsPerDay(audience)));
        model.addAttribute("imports", imports.recent(RECENT, audience).stream().map(j -> new ImportRow(j.id(), j.fileName(),
                j.status(), j.unitsWritten(), json.when(j.createdAt()))).toList());
        model.addAttribute("releases", releases.list(null).stream()
                .sorted(Comparator.comparing(Release::createdAt).reversed())
                .limit(RECENT).toList());
        return "home";
    }
}
