package org.matbank.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code manifest.json}, the last entry of every export ZIP: what the export holds and how to
 * check it. Written in snake_case JSON whatever the server's settings.
 *
 * @param format the data format: csv, xlsx, parquet, matbank-json or gemd-json
 * @param matbankVersion the version of the MatBank that wrote the export
 * @param query the filter, text and sort strings that chose the materials, as the caller gave them
 * @param createdAt when the export was started, UTC
 * @param recordCount the materials exported: rows of a table; for MatBank JSON and GEMD the
 *     materials asked for (each with its history)
 * @param objectCount MatBank JSON and GEMD: the objects written (the materials and every object of
 *     their histories, each once); null for tables
 * @param files each data file of the ZIP with its size in bytes and the SHA-256 of its content
 *     (as unzipped), computed while it was written
 * @param templateVersions the template versions the exported records were checked against, as
 *     "template id:version", sorted, each once
 * @param columns the columns of a table in order, with type and unit; empty for MatBank JSON and GEMD
 * @param valuesOutsideLayout values of the materials that had no column in the table's layout
 *     and were left out (the data changed between planning the columns and writing); normally 0
 * @param recipient who the export is for: the caller, its user and token ids and network address;
 *     null for an unmarked export (a release file)
 * @param fingerprint the export's fingerprint, also carried inside the data file and kept in the
 *     export log with the recipient (docs/adr/0008); null for an unmarked export
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExportManifest(
        ExportFormat format,
        String matbankVersion,
        ExportQuery query,
        Instant createdAt,
        long recordCount,
        Long objectCount,
        List<DataFile> files,
        List<String> templateVersions,
        List<TableLayout.Column> columns,
        long valuesOutsideLayout,
        Recipient recipient,
        String fingerprint) {

    /** The name of the manifest entry in the ZIP. */
    public static final String ENTRY = "manifest.json";

    static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public ExportManifest {
        files = files == null ? List.of() : List.copyOf(files);
        templateVersions = templateVersions == null ? List.of() : List.copyOf(templateVersions);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /**
     * A data file of the export.
     *
     * @param name the entry name in the ZIP, such as records.csv
     * @param size its size in bytes, unzipped
     * @param sha256 the SHA-256 of its content, unzipped, lower-case hex
     */
    public record DataFile(String name, long size, String sha256) {
    }

    /** The manifest as written to the ZIP. */
    public byte[] toJson() {
        return JSON.writeValueAsBytes(this);
    }

    /** Reads a manifest.json. */
    public static ExportManifest read(InputStream in) {
        try {
            return JSON.readValue(in, ExportManifest.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a MatBank export manifest: " + e.getOriginalMessage(), e);
        }
    }
}
