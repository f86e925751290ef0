package org.matbank.export;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** The formats of an export, with the name of the data file inside the ZIP. */
public enum ExportFormat {

    CSV("csv", "records.csv", true),
    XLSX("xlsx", "records.xlsx", true),
    PARQUET("parquet", "records.parquet", true),
    MATBANK_JSON("matbank-json", "records.matbank.json", false),
    GEMD_JSON("gemd-json", "records.gemd.json", false);

    private final String json;
    private final String fileName;
    private final boolean tabular;

    ExportFormat(String json, String fileName, boolean tabular) {
        this.json = json;
        this.fileName = fileName;
        this.tabular = tabular;
    }

    /** The name in manifests and requests: csv, xlsx, parquet, matbank-json, gemd-json. */
    @JsonValue
    public String json() {
        return json;
    }

    /** The data file in the ZIP. */
    public String fileName() {
        return fileName;
    }

    /** One row per material (CSV, XLSX, Parquet), rather than whole histories. */
    public boolean isTabular() {
        return tabular;
    }

    /** The format of a name as {@link #json()} writes it (case ignored), such as a request parameter. */
    @JsonCreator
    public static ExportFormat parse(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.json.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown export format '" + name + "'; use one of "
                        + Arrays.stream(values()).map(ExportFormat::json).toList()));
    }
}
