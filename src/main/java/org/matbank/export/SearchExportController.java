package org.matbank.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.matbank.access.Audience;
import org.matbank.access.AuditLog;
import org.matbank.access.Caller;
import org.matbank.access.DatasetAccess;
import org.matbank.search.SearchPage;
import org.matbank.search.SearchRequest;
import org.matbank.search.SearchService;
import org.matbank.search.Visibility;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** GET /api/search/export: every match of a search, streamed as a ZIP of the data file and its manifest. */
@RestController
class SearchExportController {

    /** The response header that names an export's fingerprint. */
    static final String FINGERPRINT_HEADER = "X-Export-Fingerprint";

    private final SearchService search;
    private final ExportService exports;
    private final DatasetAccess access;
    private final AuditLog audit;

    SearchExportController(SearchService search, ExportService exports, DatasetAccess access, AuditLog audit) {
        this.search = search;
        this.exports = exports;
        this.access = access;
        this.audit = audit;
    }

    @Operation(summary = "Export every match of a search", description = """
            Streams a ZIP: the data file (records.csv, records.xlsx, records.parquet, records.matbank.json or
            records.gemd.json) and manifest.json (query, time, record count, SHA-256 of the data file, template
            versions, columns). No row cap. Tables have one row per material in SI units; MatBank JSON and GEMD
            JSON carry the materials with their whole histories and import back. X-Record-Count says how many.
            Every export has a fingerprint of its own (X-Export-Fingerprint, in the manifest and inside the data
            file) that the export log ties to the caller and address (docs/SECURITY.md).""")
    @GetMapping("/api/search/export")
    ResponseEntity<StreamingResponseBody> export(
            @Parameter(example = "csv") @RequestParam String format,
            @Parameter(example = "property.\"fatigue strength\" >= 500 MPa") @RequestParam(required = false) String filter,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String sort, HttpServletRequest http) {
        ExportFormat chosen = format(format);
        Audience seen = access.audience(http);
        // raw records of secure-zone datasets never leave: they are counted, and left out
        Audience audience = seen.forExport();
        Visibility visibility = Visibility.of(audience);
        SearchRequest all = SearchRequest.of(filter, text, sort);
        SearchPage first = search.search(new SearchRequest(filter, text, sort, List.of(), 1, null), visibility);
        long leftOut = seen == audience ? 0
                : search.search(new SearchRequest(filter, text, sort, List.of(), 1, null), Visibility.of(seen)).total() - first.total();
        Caller caller = Caller.of(http).orElse(null);
        Map<UUID, Long> byDataset = search.countsByDataset(filter, text, visibility);
        access.quotas(audience).forEach((dataset, quota) -> {
            long records = byDataset.getOrDefault(dataset, 0L);
            if (records > 0) {
                access.charge(caller, http.getRemoteAddr(), dataset, records, quota);
            }
        });
        access.downloaded(byDataset);
        ExportRequest request = ExportRequest.to(Recipient.of(http), chosen, new ExportQuery(filter, text, sort)).seenBy(audience);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("format", chosen.json());
        detail.put("filter", filter);
        detail.put("text", text);
        detail.put("records", first.total());
        detail.put("left_out_secure_zone", leftOut);
        detail.put("fingerprint", request.fingerprint());
        audit.record("export", "search export", detail);
        StreamingResponseBody body;
        if (chosen.isTabular()) {
            TableLayout layout = TableLayout.of(search.columns(all, visibility));
            body = out -> exports.table(request, layout, sink -> search.forEach(all, visibility, sink), out);
        } else {
            body = out -> exports.histories(request, sink -> search.forEach(all, visibility, m -> sink.accept(m.id())), out);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"matbank-" + LocalDate.now() + "-"
                        + chosen.json() + ".zip\"")
                .header("X-Record-Count", Long.toString(first.total()))
                .header("X-Left-Out-Secure-Zone", Long.toString(leftOut))
                .header(FINGERPRINT_HEADER, request.fingerprint())
                .body(body);
    }

    private static ExportFormat format(String text) {
        for (ExportFormat f : ExportFormat.values()) {
            if (f.json().equalsIgnoreCase(text)) {
                return f;
            }
        }
        throw new InvalidInputException(Problem.MALFORMED, new Violation("format", "export.format", text,
                "unknown format; choose csv, xlsx, parquet, matbank-json or gemd-json"));
    }
}
