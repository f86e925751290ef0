package org.matbank.table;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.matbank.access.Audience;
import org.matbank.access.AuditLog;
import org.matbank.access.Caller;
import org.matbank.access.DatasetAccess;
import org.matbank.export.ExportFormat;
import org.matbank.export.ExportQuery;
import org.matbank.export.ExportRequest;
import org.matbank.export.ExportService;
import org.matbank.export.Recipient;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Tables: save a definition (POST), list and read them, download a version's rows through the export path. */
@RestController
@RequestMapping("/api/tables")
class TableController {

    private final TableService tables;
    private final ExportService exports;
    private final DatasetAccess access;
    private final AuditLog audit;

    TableController(TableService tables, ExportService exports, DatasetAccess access, AuditLog audit) {
        this.tables = tables;
        this.exports = exports;
        this.access = access;
        this.audit = audit;
    }

    /** A table to save: a name and its definition. */
    record SaveRequest(String name, TableDefinition definition) {
    }

    /** A stored table with its versions. */
    record Detail(UUID id, String name, String author, Instant created, List<TableVersion> versions) {
    }

    @Operation(summary = "Save a table", description = """
            Builds the table of a definition for the caller and saves the definition under a name; saving a name
            again makes its next version. Answers the version with its columns, row count and snapshot. Example:
            {"name":"nims","definition":{"filter":"tags HAS \\"nims-fatigue\\"","columns":["composition:C",
            "parameter:tempering/tempering temperature","property:fatigue strength"],"missing":{"property:fatigue strength":"drop-row"}}}""")
    @PostMapping
    ResponseEntity<TableVersion> save(@RequestBody SaveRequest request, HttpServletRequest http) {
        if (request == null || request.definition() == null) {
            throw new InvalidInputException(Problem.MALFORMED, new Violation("definition", "cell.required", null,
                    "send {\"name\": ..., \"definition\": {\"filter\": ..., \"columns\": [...], \"missing\": {...}}}"));
        }
        TableVersion saved = tables.save(request.name(), request.definition(), access.audience(http), author(http));
        return ResponseEntity.created(URI.create("/api/tables/" + saved.tableId() + "/versions/" + saved.version())).body(saved);
    }

    @GetMapping
    List<StoredTable> list(HttpServletRequest http) {
        return tables.list(access.audience(http), author(http));
    }

    @GetMapping("/{id}")
    Detail get(@PathVariable UUID id, HttpServletRequest http) {
        StoredTable t = tables.get(id, access.audience(http), author(http));
        return new Detail(t.id(), t.name(), t.author(), t.created(), tables.versions(id, access.audience(http), author(http)));
    }

    @GetMapping("/{id}/versions/{version}")
    TableVersion version(@PathVariable UUID id, @PathVariable int version, HttpServletRequest http) {
        return tables.version(id, version, access.audience(http), author(http));
    }

    @Operation(summary = "Download the rows of a table version", description = """
            Rebuilds the version from its definition with what the caller may take out, and streams it as an export
            (a ZIP of records.csv or records.parquet and manifest.json): logged, fingerprinted, counted against
            protected datasets' quotas; rows of secure-zone datasets are left out (X-Left-Out-Secure-Zone). The
            identity columns come first, then the table's columns headed with their SI unit.""")
    @GetMapping("/{id}/versions/{version}/data")
    ResponseEntity<StreamingResponseBody> data(@PathVariable UUID id, @PathVariable int version,
            @RequestParam(defaultValue = "csv") String format, HttpServletRequest http) {
        ExportFormat chosen = format(format);
        Audience seen = access.audience(http);
        TableVersion stored = tables.version(id, version, seen, author(http));
        Audience audience = seen.forExport();
        TableAssembler.Assembled built = exportable(stored, seen, audience);
        long leftOut = seen == audience ? 0 : tables.build(stored.definition(), seen).rows() - built.table().rows();
        Caller caller = Caller.of(http).orElse(null);
        Map<UUID, Long> byDataset = new LinkedHashMap<>();
        built.table().datasets().stream().filter(Objects::nonNull).forEach(d -> byDataset.merge(d, 1L, Long::sum));
        access.quotas(audience).forEach((dataset, quota) -> {
            long records = byDataset.getOrDefault(dataset, 0L);
            if (records > 0) {
                access.charge(caller, http.getRemoteAddr(), dataset, records, quota);
            }
        });
        access.downloaded(byDataset);
        TableDefinition d = stored.definition();
        ExportRequest request = ExportRequest.to(Recipient.of(http), chosen, new ExportQuery(d.filter(), d.text(), null)).seenBy(audience);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("format", chosen.json());
        detail.put("table", id);
        detail.put("version", version);
        detail.put("records", built.table().rows());
        detail.put("left_out_secure_zone", leftOut);
        detail.put("snapshot", built.table().snapshot());
        detail.put("fingerprint", request.fingerprint());
        audit.record("export", "table export", detail);
        StreamingResponseBody body = out -> exports.table(request, TableExport.layout(built.table()), TableExport.rows(built), out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"table-" + id + "-v" + version + "-" + chosen.json() + ".zip\"")
                .header("X-Record-Count", Long.toString(built.table().rows()))
                .header("X-Left-Out-Secure-Zone", Long.toString(leftOut))
                .header("X-Table-Snapshot", built.table().snapshot())
                .header("X-Export-Fingerprint", request.fingerprint())
                .body(body);
    }

    /** The table as it may leave: refused when every row the caller sees belongs to a secure-zone dataset. */
    private TableAssembler.Assembled exportable(TableVersion stored, Audience seen, Audience audience) {
        try {
            return tables.assemble(stored.definition(), audience);
        } catch (InvalidInputException e) {
            if (seen != audience && e.violations().stream().anyMatch(v -> v.rule().equals("table.empty"))) {
                throw new InvalidInputException(Problem.FORBIDDEN, new Violation("id", "export.secure-zone", stored.tableId(),
                        "the rows of this table belong to secure-zone datasets: analyse and train inside MatBank, export only aggregates and models"));
            }
            throw e;
        }
    }

    private static String author(HttpServletRequest http) {
        return Caller.of(http).map(Caller::owner).orElse(null);
    }

    private static ExportFormat format(String text) {
        try {
            ExportFormat f = ExportFormat.parse(text);
            if (f.isTabular()) {
                return f;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new InvalidInputException(Problem.MALFORMED, new Violation("format", "export.format", text,
                "unknown table format; choose csv, parquet or xlsx"));
    }
}
