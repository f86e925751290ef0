package org.matbank.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.matbank.search.SearchFixture;
import org.matbank.shared.Sha256;
import tools.jackson.databind.JsonNode;

/** Every match of a search leaves as CSV, XLSX, Parquet, MatBank JSON or GEMD JSON, each with its manifest. */
class SearchExportApiTest extends SearchFixture {

    private static final String STRENGTH = "property:tensile strength [Pa]";

    @Test
    void tablesOfASearchResultReadBackInEveryFormat() throws Exception {
        String tag = "export-" + unique();
        create(tag,
                new Steel("E1", "\"Fe\":98,\"C\":1,\"Cr\":1", 550, "900 MPa", "KIMS", "인장강도 시험"),
                new Steel("E2", "\"Fe\":99,\"C\":1", 350, "1.2 GPa", "KIST", null),
                new Steel("E3", "\"Fe\":99,\"C\":1", 650, "400 MPa", "KIST", null));
        String filter = "tags HAS \"" + tag + "\" AND kind = \"material_run\" AND property.\"tensile strength\" >= 0.5 GPa";

        Map<String, byte[]> csv = export("csv", filter);
        JsonNode manifest = JSON.readTree(csv.get("manifest.json"));
        assertThat(manifest.path("record_count").asLong()).isEqualTo(2);
        assertThat(manifest.path("query").path("filter").asString()).isEqualTo(filter);
        assertThat(manifest.path("files").path(0).path("sha256").asString()).isEqualTo(Sha256.of(csv.get("records.csv")));
        assertThat(manifest.path("template_versions").size()).isGreaterThanOrEqualTo(0);
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true)
                .ofCsvRecord(new ByteArrayInputStream(csv.get("records.csv")))) {
            reader.forEach(r -> rows.add(r.getFields()));
        }
        List<String> header = rows.get(0);
        assertThat(header).contains("name", STRENGTH, "composition:Cr (wt%)", "composition:Cr (at%)",
                "parameter:tempering temperature [K]");
        assertThat(rows).hasSize(3);
        Map<String, String> e1 = row(header, rows.stream().filter(r -> r.contains("E1")).findFirst().orElseThrow());
        assertThat(Double.parseDouble(e1.get(STRENGTH))).isEqualTo(9e8);
        assertThat(Double.parseDouble(e1.get("composition:Cr (wt%)"))).isEqualTo(1.0);
        assertThat(Double.parseDouble(e1.get("parameter:tempering temperature [K]"))).isEqualTo(823.15);

        Map<String, byte[]> xlsx = export("xlsx", filter);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.get("records.xlsx")))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("header and two rows").isEqualTo(2);
        }

        Map<String, byte[]> parquet = export("parquet", filter);
        Path file = Files.createTempFile("export", ".parquet");
        Files.write(file, parquet.get("records.parquet"));
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                ResultSet r = duck.createStatement().executeQuery("select name, \"" + STRENGTH + "\" from read_parquet('"
                        + file + "') order by name")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("E1");
            assertThat(r.getDouble(2)).isEqualTo(9e8);
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("E2");
            assertThat(r.getDouble(2)).isEqualTo(1.2e9);
            assertThat(r.next()).isFalse();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void historiesOfASearchResultCarryTheWholeHistory() throws Exception {
        String tag = "hist-" + unique();
        create(tag, steel("H1", "\"Fe\":99,\"C\":1", 550, "900 MPa"), steel("H2", "\"Fe\":99,\"C\":1", 550, "300 MPa"));
        String filter = "tags HAS \"" + tag + "\" AND property.\"tensile strength\" > 500 MPa";

        Map<String, byte[]> json = export("matbank-json", filter);
        String text = new String(json.get("records.matbank.json"), StandardCharsets.UTF_8);
        assertThat(text).contains("\"H1\"", "tempering of H1", "tensile test of H1").doesNotContain("\"H2\"");
        assertThat(JSON.readTree(json.get("manifest.json")).path("record_count").asLong()).isEqualTo(1);

        Map<String, byte[]> gemd = export("gemd-json", filter);
        assertThat(new String(gemd.get("records.gemd.json"), StandardCharsets.UTF_8)).contains("tempering of H1");
    }

    @Test
    void aBadExportIsRefusedBeforeAnythingIsSent() {
        Answer format = get("/api/search/export?format=pdf");
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.body().path("errors").path(0).path("message").asString()).contains("csv, xlsx, parquet");
        Answer filter = get("/api/search/export?format=csv&filter=" + URLEncoder.encode("nelements >", StandardCharsets.UTF_8));
        assertThat(filter.status()).isEqualTo(400);
        assertThat(filter.body().path("errors").path(0).path("value").path("position").asInt()).isEqualTo(11);
    }

    private Map<String, byte[]> export(String format, String filter) throws Exception {
        HttpResponse<byte[]> r = download("/api/search/export?format=" + format + "&filter="
                + URLEncoder.encode(filter, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        Map<String, byte[]> entries = TableExportTest.unzip(r.body());
        assertThat(entries).containsKey("manifest.json");
        assertThat(r.headers().firstValue("X-Record-Count")).isPresent();
        return entries;
    }

    private static Map<String, String> row(List<String> header, List<String> values) {
        Map<String, String> row = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), values.get(i));
        }
        return row;
    }
}
