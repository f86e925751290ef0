package org.matbank.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matbank.HttpApiTest;
import org.matbank.search.MaterialFacts;
import org.matbank.search.MaterialFacts.Component;
import org.matbank.search.MaterialFacts.Fact;
import org.matbank.shared.Sha256;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A search result leaves MatBank as CSV, XLSX or Parquet in a ZIP with its manifest, and each file
 * reads back, with its real reader, as the values that went in: SI values under headers that name
 * the unit, Korean text intact, empty cells for what is not known, both measurements of a
 * property kept, and a manifest whose checksums and count match the file.
 */
class TableExportTest extends HttpApiTest {

    private static final ExportQuery QUERY = new ExportQuery("property:tensile strength > 500 MPa", "스테인리스", "name");

    private static final MaterialFacts STEEL = new MaterialFacts(UUID.fromString("0190a1b2-0000-7000-8000-00000000000a"),
            "material_run", "STS304 시편 1", "metal", "stainless steel", "김민지", "한국재료연구원", LocalDate.of(2026, 1, 15),
            Instant.parse("2026-02-01T09:30:00Z"), false, List.of("round robin", "인장 시험"), Map.of("legacy", "A/7", "kims", "S-1"),
            List.of(new Component("Fe", 0.74, null), new Component("Cr", 0.18, 0.19), new Component("Ni", 0.08, 0.075)),
            List.of(new Fact("property", "tensile strength", null, 5.1e8, "Pa", "510 MPa", "measured"),
                    new Fact("property", "tensile strength", null, 5.3e8, "Pa", "0.53 GPa", "measured"),
                    new Fact("property", "phase", null, null, "", "오스테나이트", "measured"),
                    new Fact("property", "elongation", null, 0.45, "", "45 %", "measured"),
                    new Fact("parameter", "temperature", "annealing", 1323.15, "K", "1050 °C", "specified")),
            List.of("STS304 시편 1"), List.of("T2:3", "T1:1"));

    /** No composition, no tensile strength, no date: those cells stay empty. */
    private static final MaterialFacts POWDER = new MaterialFacts(UUID.fromString("0190a1b2-0000-7000-8000-00000000000b"),
            "material_spec", "알루미나 분말, \"고순도\"", "ceramic", null, null, null, null,
            Instant.parse("2026-02-02T00:00:00Z"), true, List.of(), Map.of(), List.of(),
            List.of(new Fact("property", "phase", null, null, "", "α-alumina", "specified"),
                    new Fact("parameter", "temperature", "annealing", 1473.15, "K", "1200 °C", "specified")),
            List.of(), List.of("T1:1", "T3:2"));

    private static final List<String> HEADER = List.of("id", "kind", "name", "family", "template", "author", "institution",
            "date", "created", "intermediate", "tags", "external ids",
            "composition:Cr (wt%)", "composition:Cr (at%)", "composition:Fe (wt%)", "composition:Ni (wt%)", "composition:Ni (at%)",
            "parameter:annealing/temperature [K]", "property:elongation [1]", "property:phase", "property:tensile strength [Pa]");

    @Autowired
    ExportService exports;

    @TempDir
    Path folder;

    private static TableLayout layout() {
        return TableLayout.builder().add(STEEL).add(POWDER).build();
    }

    @Test
    void csvReadsBackWithUnitsInHeadersKoreanTextEmptyCellsAndBothMeasurements() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        Recipient recipient = new Recipient("KIST 홍길동", null, null, "10.0.0.7");
        ExportManifest returned = exports.csv(ExportRequest.to(recipient, ExportFormat.CSV, QUERY), layout(),
                MaterialSource.of(List.of(STEEL, POWDER)), zip);

        Map<String, byte[]> entries = unzip(zip.toByteArray());
        assertThat(entries.keySet()).as("data first, manifest last").containsExactly("records.csv", "manifest.json");
        byte[] csv = entries.get("records.csv");
        assertThat(Arrays.copyOf(csv, 3)).as("UTF-8 byte order mark, so that Excel shows Korean")
                .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true).ofCsvRecord(new ByteArrayInputStream(csv))) {
            reader.forEach(r -> rows.add(r.getFields()));
        }
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).as("the layout's columns, then the fingerprint's").isEqualTo(withFingerprint(HEADER));
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(HEADER.size() + 1));
        assertThat(rows.get(1).get(HEADER.size())).isEqualTo(returned.fingerprint());
        assertThat(rows.get(2).get(HEADER.size())).isEqualTo(returned.fingerprint());
        Map<String, String> steel = row(rows.get(0), rows.get(1));
        assertThat(steel.get("id")).isEqualTo(STEEL.id().toString());
        assertThat(steel.get("name")).isEqualTo("STS304 시편 1");
        assertThat(steel.get("author")).isEqualTo("김민지");
        assertThat(steel.get("property:tensile strength [Pa]")).as("two measurements in one cell").isEqualTo("510000000; 530000000");
        assertThat(steel.get("property:phase")).isEqualTo("오스테나이트");
        assertThat(steel.get("property:elongation [1]")).isEqualTo("0.45");
        assertThat(steel.get("parameter:annealing/temperature [K]")).isEqualTo("1323.15");
        assertThat(steel.get("composition:Cr (wt%)")).isEqualTo("18");
        assertThat(steel.get("composition:Cr (at%)")).isEqualTo("19");
        assertThat(steel.get("composition:Ni (at%)")).isEqualTo("7.5");
        assertThat(steel.get("date")).isEqualTo("2026-01-15");
        assertThat(steel.get("created")).isEqualTo("2026-02-01T09:30:00Z");
        assertThat(steel.get("intermediate")).isEqualTo("false");
        assertThat(steel.get("tags")).isEqualTo("round robin; 인장 시험");
        assertThat(steel.get("external ids")).isEqualTo("kims:S-1;legacy:A/7");
        Map<String, String> powder = row(rows.get(0), rows.get(2));
        assertThat(powder.get("name")).as("comma and quotes survive").isEqualTo("알루미나 분말, \"고순도\"");
        assertThat(powder.get("property:tensile strength [Pa]")).as("not measured: empty").isEmpty();
        assertThat(powder.get("composition:Cr (wt%)")).isEmpty();
        assertThat(powder.get("date")).isEmpty();
        assertThat(powder.get("template")).isEmpty();
        assertThat(powder.get("property:phase")).isEqualTo("α-alumina");
        assertThat(powder.get("intermediate")).isEqualTo("true");

        ExportManifest manifest = ExportManifest.read(new ByteArrayInputStream(entries.get("manifest.json")));
        assertThat(manifest).as("the manifest in the ZIP is the one returned").isEqualTo(returned);
        assertManifest(manifest, ExportFormat.CSV, entries, "records.csv");
        assertThat(manifest.recipient()).isEqualTo(recipient);
        assertThat(manifest.fingerprint()).matches("mbx-[a-z2-7]{26}");
        assertThat(manifest.objectCount()).isNull();
        assertThat(manifest.columns()).extracting(TableLayout.Column::name).isEqualTo(withFingerprint(HEADER));
        assertThat(manifest.columns()).contains(new TableLayout.Column("property:tensile strength [Pa]", TableLayout.Type.NUMBER, "Pa"),
                new TableLayout.Column("composition:Cr (wt%)", TableLayout.Type.NUMBER, "wt%"),
                new TableLayout.Column("property:elongation [1]", TableLayout.Type.NUMBER, "1"),
                new TableLayout.Column("property:phase", TableLayout.Type.TEXT, null));
    }

    @Test
    void manifestIsSnakeCaseJsonThatSaysWhenItHasNoRecipient() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        exports.csv(ExportRequest.unmarked(ExportFormat.CSV, null), layout(), MaterialSource.of(List.of(POWDER)), zip);

        JsonNode manifest = JSON.readTree(unzip(zip.toByteArray()).get("manifest.json"));
        assertThat(manifest.has("recipient")).as("an unmarked export (a release file) says it has no recipient").isTrue();
        assertThat(manifest.path("recipient").isNull()).isTrue();
        assertThat(manifest.path("fingerprint").isNull()).isTrue();
        assertThat(manifest.path("format").asString()).isEqualTo("csv");
        assertThat(manifest.path("record_count").asLong()).isEqualTo(1);
        assertThat(manifest.path("created_at").asString()).endsWith("Z");
        assertThat(manifest.path("files").path(0).path("sha256").asString()).hasSize(64);
        assertThat(manifest.path("template_versions").toString()).isEqualTo("[\"T1:1\",\"T3:2\"]");
        assertThat(manifest.path("columns").path(20).path("unit").asString()).isEqualTo("Pa");
        assertThat(manifest.path("query").path("filter").isNull()).isTrue();
    }

    @Test
    void valuesWithoutAColumnAreCountedInTheManifestNotLostSilently() throws IOException {
        TableLayout planned = TableLayout.builder().add(POWDER).build();   // as if the steel came in after the columns were planned
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        ExportManifest manifest = exports.csv(ExportRequest.unmarked(ExportFormat.CSV, QUERY), planned,
                MaterialSource.of(List.of(STEEL, POWDER)), zip);

        // 5 composition values (Fe wt%; Cr and Ni wt% and at%), 2 tensile strengths, 1 elongation
        assertThat(manifest.valuesOutsideLayout()).isEqualTo(8);
        assertThat(manifest.recordCount()).isEqualTo(2);
        String csv = new String(unzip(zip.toByteArray()).get("records.csv"), StandardCharsets.UTF_8);
        assertThat(csv).as("what has a column is written").contains("오스테나이트");
    }

    @Test
    void xlsxHasNumberCellsDateCellsAndBlankCellsForUnknownValues() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        exports.xlsx(ExportRequest.unmarked(ExportFormat.XLSX, QUERY), layout(), MaterialSource.of(List.of(STEEL, POWDER)), zip);

        Map<String, byte[]> entries = unzip(zip.toByteArray());
        assertThat(entries.keySet()).containsExactly("records.xlsx", "manifest.json");
        ExportManifest manifest = ExportManifest.read(new ByteArrayInputStream(entries.get("manifest.json")));
        assertManifest(manifest, ExportFormat.XLSX, entries, "records.xlsx");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(entries.get("records.xlsx")))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheet("records");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(texts(sheet.getRow(0))).isEqualTo(HEADER);
            Row steel = sheet.getRow(1);
            assertThat(cell(steel, "name").getStringCellValue()).isEqualTo("STS304 시편 1");
            assertThat(cell(steel, "composition:Cr (wt%)").getNumericCellValue()).isEqualTo(18.0);
            assertThat(cell(steel, "property:elongation [1]").getNumericCellValue()).isEqualTo(0.45);
            assertThat(cell(steel, "parameter:annealing/temperature [K]").getNumericCellValue()).isEqualTo(1323.15);
            assertThat(cell(steel, "property:tensile strength [Pa]").getStringCellValue()).isEqualTo("510000000; 530000000");
            assertThat(cell(steel, "property:phase").getStringCellValue()).isEqualTo("오스테나이트");
            assertThat(cell(steel, "date").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 15));
            assertThat(cell(steel, "created").getLocalDateTimeCellValue()).isEqualTo("2026-02-01T09:30:00");
            assertThat(cell(steel, "intermediate").getBooleanCellValue()).isFalse();
            Row powder = sheet.getRow(2);
            assertThat(cell(powder, "property:tensile strength [Pa]")).as("not measured: blank").isNull();
            assertThat(cell(powder, "date")).isNull();
            assertThat(cell(powder, "name").getStringCellValue()).isEqualTo("알루미나 분말, \"고순도\"");
        }
    }

    @Test
    void workbookContinuesOnANewSheetWhenOneIsFull() throws IOException {
        List<MaterialFacts> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(renamed(STEEL, "시편 " + i));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableResult result = new XlsxTableWriter(2).write(layout(), MaterialSource.of(five), out, null);

        assertThat(result.rows()).isEqualTo(5);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            List<String> names = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                Sheet sheet = workbook.getSheetAt(s);
                assertThat(texts(sheet.getRow(0))).as("every sheet has the header").isEqualTo(HEADER);
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    names.add(sheet.getRow(r).getCell(2).getStringCellValue());
                }
            }
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("records", "records 2", "records 3");
            assertThat(names).as("every row once, in order").containsExactly("시편 0", "시편 1", "시편 2", "시편 3", "시편 4");
        }
        assertThat(XlsxTableWriter.ROWS_PER_SHEET).as("Excel's limit, less the header").isEqualTo(1_048_575);
    }

    @Test
    void parquetHasTypedColumnsAndKeepsEveryMeasurementInAListColumn() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        exports.parquet(ExportRequest.unmarked(ExportFormat.PARQUET, QUERY), layout(), MaterialSource.of(List.of(STEEL, POWDER)), zip);

        Map<String, byte[]> entries = unzip(zip.toByteArray());
        assertThat(entries.keySet()).containsExactly("records.parquet", "manifest.json");
        ExportManifest manifest = ExportManifest.read(new ByteArrayInputStream(entries.get("manifest.json")));
        assertManifest(manifest, ExportFormat.PARQUET, entries, "records.parquet");
        Path file = folder.resolve("records.parquet");
        Files.write(file, entries.get("records.parquet"));

        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            Map<String, String> types = new LinkedHashMap<>();
            try (PreparedStatement describe = duck.prepareStatement("DESCRIBE SELECT * FROM read_parquet(?)")) {
                describe.setString(1, file.toString());
                try (ResultSet rs = describe.executeQuery()) {
                    while (rs.next()) {
                        types.put(rs.getString("column_name"), rs.getString("column_type"));
                    }
                }
            }
            List<String> expected = new ArrayList<>(HEADER);
            expected.add(expected.indexOf("property:tensile strength [Pa]") + 1, "property:tensile strength [Pa] (all)");
            assertThat(types.keySet()).as("a list column only where a material has two values").containsExactlyElementsOf(expected);
            assertThat(manifest.columns()).extracting(TableLayout.Column::name).containsExactlyElementsOf(expected);
            assertThat(types).containsEntry("property:tensile strength [Pa]", "DOUBLE")
                    .containsEntry("property:tensile strength [Pa] (all)", "DOUBLE[]")
                    .containsEntry("property:phase", "VARCHAR")
                    .containsEntry("composition:Cr (wt%)", "DOUBLE")
                    .containsEntry("date", "DATE")
                    .containsEntry("created", "TIMESTAMP WITH TIME ZONE")
                    .containsEntry("intermediate", "BOOLEAN")
                    .containsEntry("id", "VARCHAR");

            try (PreparedStatement select = duck.prepareStatement("SELECT * FROM read_parquet(?)")) {
                select.setString(1, file.toString());
                try (ResultSet rs = select.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString("id")).isEqualTo(STEEL.id().toString());
                    assertThat(rs.getString("name")).isEqualTo("STS304 시편 1");
                    assertThat(rs.getDouble("property:tensile strength [Pa]")).as("the first measurement").isEqualTo(5.1e8);
                    assertThat(doubles(rs.getArray("property:tensile strength [Pa] (all)"))).containsExactly(5.1e8, 5.3e8);
                    assertThat(rs.getString("property:phase")).isEqualTo("오스테나이트");
                    assertThat(rs.getDouble("composition:Ni (at%)")).isEqualTo(7.5);
                    assertThat(rs.getObject("date", LocalDate.class)).isEqualTo(LocalDate.of(2026, 1, 15));
                    assertThat(rs.getObject("created", OffsetDateTime.class).toInstant()).isEqualTo(STEEL.created());
                    assertThat(rs.getString("external ids")).isEqualTo("kims:S-1;legacy:A/7");

                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString("name")).isEqualTo("알루미나 분말, \"고순도\"");
                    assertThat(rs.getObject("property:tensile strength [Pa]")).as("not measured: null").isNull();
                    assertThat(rs.getObject("property:tensile strength [Pa] (all)")).isNull();
                    assertThat(rs.getObject("composition:Cr (wt%)")).isNull();
                    assertThat(rs.getObject("date")).isNull();
                    assertThat(rs.getBoolean("intermediate")).isTrue();
                    assertThat(rs.getDouble("parameter:annealing/temperature [K]")).isEqualTo(1473.15);
                    assertThat(rs.next()).isFalse();
                }
            }
        }
    }

    @Test
    void manyRowsAreAllWrittenInOrderWithoutACap() throws Exception {
        int n = 20_000;
        MaterialSource many = sink -> {
            for (int i = 0; i < n; i++) {
                sink.accept(renamed(i % 2 == 0 ? STEEL : POWDER, "시편 " + i));
            }
        };
        ByteArrayOutputStream csvZip = new ByteArrayOutputStream();
        ExportManifest csv = exports.csv(ExportRequest.unmarked(ExportFormat.CSV, QUERY), layout(), many, csvZip);
        ByteArrayOutputStream parquetZip = new ByteArrayOutputStream();
        ExportManifest parquet = exports.parquet(ExportRequest.unmarked(ExportFormat.PARQUET, QUERY), layout(), many, parquetZip);

        assertThat(csv.recordCount()).isEqualTo(n);
        assertThat(parquet.recordCount()).isEqualTo(n);
        byte[] text = unzip(csvZip.toByteArray()).get("records.csv");
        try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true).ofCsvRecord(new ByteArrayInputStream(text))) {
            List<CsvRecord> rows = reader.stream().toList();
            assertThat(rows).hasSize(n + 1);
            assertThat(rows.get(n).getField(2)).isEqualTo("시편 " + (n - 1));
        }
        assertParquetRowsInOrder(parquetZip.toByteArray(), n, n / 2);
        // without repeated values the rows take the other path (no list columns, no join)
        MaterialSource powders = sink -> {
            for (int i = 0; i < n; i++) {
                sink.accept(renamed(POWDER, "시편 " + i));
            }
        };
        ByteArrayOutputStream plainZip = new ByteArrayOutputStream();
        exports.parquet(ExportRequest.unmarked(ExportFormat.PARQUET, QUERY), layout(), powders, plainZip);
        assertParquetRowsInOrder(plainZip.toByteArray(), n, -1);
    }

    /** The Parquet of a ZIP has n rows named "시편 0".."시편 n-1" in order, and {@code lists} rows with a tensile list (-1: no such column). */
    private void assertParquetRowsInOrder(byte[] zip, int n, int lists) throws Exception {
        Path file = Files.createTempFile(folder, "many", ".parquet");
        Files.write(file, unzip(zip).get("records.parquet"));
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                PreparedStatement select = duck.prepareStatement("SELECT * FROM read_parquet(?)")) {
            select.setString(1, file.toString());
            try (ResultSet rs = select.executeQuery()) {
                boolean hasList = rs.getMetaData().getColumnCount() > HEADER.size();
                assertThat(hasList).isEqualTo(lists >= 0);
                int row = 0;
                int withList = 0;
                while (rs.next()) {
                    assertThat(rs.getString("name")).as("rows keep their order").isEqualTo("시편 " + row);
                    if (hasList && rs.getObject("property:tensile strength [Pa] (all)") != null) {
                        withList++;
                    }
                    row++;
                }
                assertThat(row).isEqualTo(n);
                if (hasList) {
                    assertThat(withList).as("every steel row has its list").isEqualTo(lists);
                }
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------

    /** Checks what every manifest must say about its data file, the count and the request. */
    private static void assertManifest(ExportManifest manifest, ExportFormat format, Map<String, byte[]> entries, String file) {
        assertThat(manifest.format()).isEqualTo(format);
        assertThat(manifest.files()).hasSize(1);
        ExportManifest.DataFile data = manifest.files().get(0);
        assertThat(data.name()).isEqualTo(file);
        assertThat(data.size()).isEqualTo(entries.get(file).length);
        assertThat(data.sha256()).as("checksum of the bytes in the ZIP").isEqualTo(Sha256.of(entries.get(file)));
        assertThat(manifest.recordCount()).isEqualTo(2);
        assertThat(manifest.templateVersions()).as("sorted, each once").containsExactly("T1:1", "T2:3", "T3:2");
        assertThat(manifest.query()).isEqualTo(QUERY);
        assertThat(manifest.matbankVersion()).isNotBlank().isNotEqualTo("unknown");
        assertThat(manifest.createdAt()).isBetween(Instant.now().minusSeconds(120), Instant.now());
        assertThat(manifest.valuesOutsideLayout()).isZero();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static List<String> withFingerprint(List<String> header) {
        List<String> all = new ArrayList<>(header);
        all.add("matbank_export");
        return all;
    }

    private static Map<String, String> row(List<String> header, List<String> values) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), values.get(i));
        }
        return row;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    private static Cell cell(Row row, String header) {
        Cell cell = row.getCell(HEADER.indexOf(header));
        return cell == null || cell.getCellType() == CellType.BLANK ? null : cell;
    }

    private static List<Double> doubles(Array array) throws java.sql.SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(o -> ((Number) o).doubleValue()).toList();
    }

    private static MaterialFacts renamed(MaterialFacts m, String name) {
        return new MaterialFacts(UUID.randomUUID(), m.kind(), name, m.family(), m.template(), m.author(), m.institution(), m.date(),
                m.created(), m.intermediate(), m.tags(), m.uids(), m.composition(), m.facts(), m.texts(), m.templates());
    }
}
