package org.matbank.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.matbank.ingest.GemdService;
import org.matbank.ingest.HistoryExport;
import org.matbank.ingest.MatBankJson;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Service;

/**
 * Writes exports: one ZIP streamed to the caller's stream, holding the data file and then
 * {@code manifest.json}, which is also returned. Tables (CSV, XLSX, Parquet) take a
 * {@link TableLayout} and the materials; MatBank JSON and GEMD take material ids and write each
 * material with its whole history. Nothing is capped; no export holds its rows in memory. The
 * caller's stream is not closed. Who may export what is the caller's to check (search applies
 * visibility); this service writes what it is given. A marked request's fingerprint goes into the
 * manifest and into the data file, and the export is logged ({@link ExportLog}) before its first
 * byte and when it ends, complete or cut off.
 */
@Service
public class ExportService {

    private final MatBankJson matbankJson;
    private final GemdService gemd;
    private final ExportLog log;
    private final String version;

    ExportService(MatBankJson matbankJson, GemdService gemd, ExportLog log, ObjectProvider<BuildProperties> build) {
        this.matbankJson = matbankJson;
        this.gemd = gemd;
        this.log = log;
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null || properties.getVersion() == null ? "unknown" : properties.getVersion();
    }

    /** A table in the request's format (CSV, XLSX or Parquet). */
    public ExportManifest table(ExportRequest request, TableLayout layout, MaterialSource materials, OutputStream out) {
        return switch (request.format()) {
            case CSV -> csv(request, layout, materials, out);
            case XLSX -> xlsx(request, layout, materials, out);
            case PARQUET -> parquet(request, layout, materials, out);
            default -> throw new IllegalArgumentException(request.format().json() + " is not a table format; use histories(...)");
        };
    }

    /** Materials with their histories in the request's format (MatBank JSON or GEMD JSON). */
    public ExportManifest histories(ExportRequest request, MaterialIds materials, OutputStream out) {
        return switch (request.format()) {
            case MATBANK_JSON -> matbankJson(request, materials, out);
            case GEMD_JSON -> gemdJson(request, materials, out);
            default -> throw new IllegalArgumentException(request.format().json() + " is a table format; use table(...)");
        };
    }

    /** records.csv: UTF-8 with a byte order mark, one row per material ({@link CsvTableWriter}). */
    public ExportManifest csv(ExportRequest request, TableLayout layout, MaterialSource materials, OutputStream out) {
        expect(request, ExportFormat.CSV);
        return writeTable(request, layout, materials, out, ExportZip.TEXT, CsvTableWriter::write);
    }

    /** records.xlsx: sheet "records" (then "records 2"... past Excel's row limit), one row per material ({@link XlsxTableWriter}). */
    public ExportManifest xlsx(ExportRequest request, TableLayout layout, MaterialSource materials, OutputStream out) {
        expect(request, ExportFormat.XLSX);
        return writeTable(request, layout, materials, out, ExportZip.COMPRESSED, new XlsxTableWriter()::write);
    }

    /** records.parquet: zstd, typed columns, list columns for repeated values ({@link ParquetTableWriter}). */
    public ExportManifest parquet(ExportRequest request, TableLayout layout, MaterialSource materials, OutputStream out) {
        expect(request, ExportFormat.PARQUET);
        return writeTable(request, layout, materials, out, ExportZip.COMPRESSED, new ParquetTableWriter()::write);
    }

    /**
     * records.matbank.json: the materials with their whole histories (upstream processes,
     * ingredients, raw materials, measurements), the template versions and attached files they
     * use; it imports into any MatBank with POST /api/imports, keeping platform ids.
     */
    public ExportManifest matbankJson(ExportRequest request, MaterialIds materials, OutputStream out) {
        expect(request, ExportFormat.MATBANK_JSON);
        return writeHistories(request, materials, out, (entry, mark) -> matbankJson.histories(entry, mark, request.audience()));
    }

    /**
     * records.gemd.json: the materials with their whole histories as one GEMD document (templates
     * and objects in {@code context}, links to the materials in {@code object}); it imports with
     * POST /api/gemd/import or as an import job.
     */
    public ExportManifest gemdJson(ExportRequest request, MaterialIds materials, OutputStream out) {
        expect(request, ExportFormat.GEMD_JSON);
        return writeHistories(request, materials, out, (entry, mark) -> gemd.histories(entry, mark, request.audience()));
    }

    /** A table writer: the layout, the materials, the entry to write to, the fingerprint to carry (null: none). */
    @FunctionalInterface
    interface TableWriter {
        TableResult write(TableLayout layout, MaterialSource materials, OutputStream out, String fingerprint) throws IOException;
    }

    private ExportManifest writeTable(ExportRequest request, TableLayout layout, MaterialSource materials, OutputStream out,
            int level, TableWriter writer) {
        Instant created = now();
        ExportRun run = ExportRun.start(log, request, created, request.query());
        Set<String> templates = new TreeSet<>();
        MaterialSource noted = sink -> materials.forEach(m -> {
            templates.addAll(m.templates());
            run.counted();
            sink.accept(m);
        });
        return run.complete(run.write(() -> {
            ExportZip zip = new ExportZip(out, created);
            TableResult result;
            ExportZip.Entry entry = zip.entry(request.format().fileName(), level);
            run.measuring(entry::size);
            try (entry) {
                result = writer.write(layout, noted, entry, request.fingerprint());
            }
            ExportManifest manifest = new ExportManifest(request.format(), version, request.query(), created, result.rows(),
                    null, List.of(entry.file()), List.copyOf(templates), result.columns(), result.valuesOutsideLayout(),
                    request.recipient(), request.fingerprint());
            zip.finish(manifest);
            return manifest;
        }));
    }

    private ExportManifest writeHistories(ExportRequest request, MaterialIds materials, OutputStream out,
            BiFunction<OutputStream, String, HistoryExport> format) {
        Instant created = now();
        ExportRun run = ExportRun.start(log, request, created, request.query());
        return run.complete(run.write(() -> {
            ExportZip zip = new ExportZip(out, created);
            HistoryExport.Summary summary;
            ExportZip.Entry entry = zip.entry(request.format().fileName(), ExportZip.TEXT);
            run.measuring(entry::size);
            try (entry; HistoryExport export = format.apply(entry, request.fingerprint())) {
                materials.forEach(id -> {
                    run.counted();
                    export.add(id);
                });
                summary = export.finish();
            }
            ExportManifest manifest = new ExportManifest(request.format(), version, request.query(), created, summary.roots(),
                    summary.objects(), List.of(entry.file()), summary.templateVersions(), List.of(), 0, request.recipient(),
                    request.fingerprint());
            zip.finish(manifest);
            return manifest;
        }));
    }

    private static void expect(ExportRequest request, ExportFormat format) {
        if (request.format() != format) {
            throw new IllegalArgumentException("a " + request.format().json() + " request given to the " + format.json() + " export");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
