package org.matbank.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matbank.access.IssuedToken;
import org.matbank.access.TokenRequest;
import org.matbank.access.TokenService;
import org.matbank.search.SearchFixture;
import org.matbank.shared.Sha256;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every export carries a fingerprint of its own, in the manifest and inside the data file, and the
 * export log ties it to whoever asked; a file taken out of the ZIP, or a few of its rows, still
 * names its export, and so does a release file, by its checksum.
 */
class ExportFingerprintApiTest extends SearchFixture {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    TokenService tokens;

    @Autowired
    ExportIdentifier identifier;

    @TempDir
    Path folder;

    private String tag;
    private String filter;

    @BeforeEach
    void steels() {
        tag = "fp-" + unique();
        create(tag, steel("F1", "\"Fe\":99,\"C\":1", 550, "900 MPa"), steel("F2", "\"Fe\":98,\"C\":1,\"Cr\":1", 450, "1.1 GPa"));
        filter = "tags HAS \"" + tag + "\" AND kind = \"material_run\"";
    }

    @Test
    void everyFormatCarriesOneFingerprintInTheManifestAndInTheDataFileAndTheLogNamesTheToken() throws Exception {
        IssuedToken token = token("notebook " + tag);
        for (ExportFormat format : ExportFormat.values()) {
            HttpResponse<byte[]> response = export(format, filter, token.secret());
            Map<String, byte[]> zip = TableExportTest.unzip(response.body());
            ExportManifest manifest = ExportManifest.read(new ByteArrayInputStream(zip.get(ExportManifest.ENTRY)));
            String fingerprint = manifest.fingerprint();
            assertThat(fingerprint).as(format.json()).matches("mbx-[a-z2-7]{26}");
            assertThat(response.headers().firstValue("X-Export-Fingerprint")).contains(fingerprint);
            assertThat(manifest.recipient().who()).isEqualTo("token 'notebook " + tag + "' of tester");
            assertThat(manifest.recipient().tokenId()).isEqualTo(token.token().id());
            assertThat(manifest.recipient().address()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");

            byte[] data = zip.get(format.fileName());
            assertThat(fingerprintInside(format, data)).as("the fingerprint inside %s", format.fileName()).isEqualTo(fingerprint);

            ExportLogEntry logged = identified(format.fileName(), data);
            assertThat(logged.fingerprint()).isEqualTo(fingerprint);
            assertThat(logged.outcome()).isEqualTo("complete");
            assertThat(logged.recipient()).isEqualTo("token 'notebook " + tag + "' of tester");
            assertThat(logged.tokenId()).isEqualTo(token.token().id());
            assertThat(logged.address()).isEqualTo(manifest.recipient().address());
            assertThat(logged.format()).isEqualTo(format.json());
            assertThat(logged.query().path("filter").asString()).isEqualTo(filter);
            assertThat(logged.recordCount()).isEqualTo(2);
            assertThat(logged.dataSha256()).isEqualTo(Sha256.of(data)).isEqualTo(manifest.files().get(0).sha256());
            assertThat(logged.dataSize()).isEqualTo(data.length);
        }
    }

    @Test
    void withoutATokenTheRecipientIsAnonymous() throws Exception {
        Map<String, byte[]> zip = TableExportTest.unzip(export(ExportFormat.CSV, filter, null).body());

        ExportManifest manifest = ExportManifest.read(new ByteArrayInputStream(zip.get(ExportManifest.ENTRY)));
        assertThat(manifest.recipient().who()).isEqualTo("anonymous");
        assertThat(manifest.recipient().tokenId()).isNull();
        assertThat(identified("records.csv", zip.get("records.csv")).recipient()).isEqualTo("anonymous");
    }

    @Test
    void twoRecipientsOfOneQueryGetTwoFingerprintsAndEachFileNamesItsOwn() throws Exception {
        IssuedToken kim = token("kim " + tag);
        IssuedToken lee = token("lee " + tag);
        byte[] forKim = TableExportTest.unzip(export(ExportFormat.CSV, filter, kim.secret()).body()).get("records.csv");
        byte[] forLee = TableExportTest.unzip(export(ExportFormat.CSV, filter, lee.secret()).body()).get("records.csv");

        assertThat(fingerprintInside(ExportFormat.CSV, forKim)).isNotEqualTo(fingerprintInside(ExportFormat.CSV, forLee));
        assertThat(identified("kim.csv", forKim).recipient()).isEqualTo("token 'kim " + tag + "' of tester");
        assertThat(identified("lee.csv", forLee).recipient()).isEqualTo("token 'lee " + tag + "' of tester");
    }

    @Test
    void piecesOfAnExportStillNameItButAFileWithoutTheColumnNamesNone() throws Exception {
        IssuedToken kim = token("copier " + tag);
        byte[] zip = export(ExportFormat.CSV, filter, kim.secret()).body();
        String csv = new String(TableExportTest.unzip(zip).get("records.csv"), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();

        Path broken = folder.resolve("broken.zip");
        Files.write(broken, Arrays.copyOf(zip, zip.length * 2 / 3));
        Identification download = identifier.identify(broken);
        assertThat(download.how()).as("a download broken off").isEqualTo(Identification.How.FINGERPRINT);
        assertThat(download.exports().get(0).recipient()).isEqualTo("token 'copier " + tag + "' of tester");

        Path oneRow = folder.resolve("pasted.txt");
        Files.writeString(oneRow, "copied from somewhere\n" + lines.get(2) + "\n");
        Identification pasted = identifier.identify(oneRow);
        assertThat(pasted.how()).isEqualTo(Identification.How.FINGERPRINT);
        assertThat(pasted.exports().get(0).recipient()).isEqualTo("token 'copier " + tag + "' of tester");

        // the column dropped: the bytes are not what was sent either, so nothing names the export
        Path stripped = folder.resolve("stripped.csv");
        Files.writeString(stripped, String.join("\r\n", lines.stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList()));
        Identification none = identifier.identify(stripped);
        assertThat(none.how()).isEqualTo(Identification.How.NOTHING);
        assertThat(none.fingerprints()).isEmpty();
        assertThat(none.exports()).isEmpty();
    }

    @Test
    void aReleaseFileHasNoFingerprintAndIsFoundByItsChecksumWithEveryDownload() throws Exception {
        Answer published = post("/api/releases", """
                {"series":"fp-%s","title":"Fingerprint test","creators":["Park"],"filter":"tags HAS \\"%s\\""}"""
                .formatted(unique(), tag));
        assertThat(published.status()).as("%s", published).isEqualTo(201);
        String url = "/api/releases/" + published.body().path("id").asString() + "/files/records.csv.zip";
        IssuedToken reader = token("release reader " + tag);
        byte[] first = send(url, reader.secret()).body();
        byte[] second = send(url, null).body();
        assertThat(second).as("one checksum for everyone").isEqualTo(first);
        ExportManifest manifest = ExportManifest.read(new ByteArrayInputStream(TableExportTest.unzip(first).get(ExportManifest.ENTRY)));
        assertThat(manifest.fingerprint()).isNull();
        assertThat(new String(TableExportTest.unzip(first).get("records.csv"), StandardCharsets.UTF_8)).doesNotContain("mbx-");

        Path file = folder.resolve("release.zip");
        Files.write(file, first);
        Identification found = identifier.identify(file);

        assertThat(found.how()).isEqualTo(Identification.How.CHECKSUM);
        assertThat(found.exports()).extracting(ExportLogEntry::recipient)
                .containsExactly("anonymous", "token 'release reader " + tag + "' of tester");
        assertThat(found.exports()).allSatisfy(e -> {
            assertThat(e.outcome()).isEqualTo("served");
            assertThat(e.fingerprint()).isNull();
            assertThat(e.dataSha256()).isEqualTo(Sha256.of(first));
            assertThat(e.query().path("file").asString()).isEqualTo("records.csv.zip");
        });
    }

    @Test
    void recordsChosenByIdLeaveAsMarkedGemd() throws Exception {
        List<String> ids = create(tag, steel("G1", "\"Fe\":99,\"C\":1", 500, "800 MPa"));
        HttpResponse<byte[]> response = send("/api/gemd/export?id=" + ids.get(0), null);
        JsonNode document = JSON.readTree(response.body());
        String fingerprint = document.path("matbank_export").asString();

        assertThat(response.headers().firstValue("X-Export-Fingerprint")).contains(fingerprint);
        ExportLogEntry logged = identified("g1.json", response.body());
        assertThat(logged.format()).isEqualTo("gemd-json");
        assertThat(logged.query().path("ids").path(0).asString()).isEqualTo(ids.get(0));
        assertThat(logged.dataSha256()).isEqualTo(Sha256.of(response.body()));
    }

    @Test
    void onlyAnAdministratorReadsTheExportLog() throws Exception {
        String fingerprint = fingerprintInside(ExportFormat.CSV,
                TableExportTest.unzip(export(ExportFormat.CSV, filter, null).body()).get("records.csv"));

        assertThat(send("/api/exports", null).statusCode()).isEqualTo(401);
        assertThat(send("/api/exports", token("nosy " + tag).secret()).statusCode()).isEqualTo(403);
        IssuedToken admin = tokens.create(new TokenRequest("auditor " + tag, "tester", List.of("admin"), null));
        JsonNode log = JSON.readTree(send("/api/exports?limit=1000", admin.secret()).body());
        List<String> fingerprints = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        log.forEach(e -> {
            fingerprints.add(e.path("fingerprint").asString());
            times.add(Instant.parse(e.path("at").asString()));
        });
        assertThat(fingerprints).contains(fingerprint);
        assertThat(times).as("newest first").isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(log.path(0).has("recipient_user_id")).isTrue();
    }

    // ---- helpers -------------------------------------------------------------------------

    private IssuedToken token(String name) {
        return tokens.create(new TokenRequest(name, "tester", List.of("read"), null));
    }

    private HttpResponse<byte[]> export(ExportFormat format, String filter, String secret) throws Exception {
        HttpResponse<byte[]> r = send("/api/search/export?format=" + format.json() + "&filter="
                + URLEncoder.encode(filter, StandardCharsets.UTF_8), secret);
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return r;
    }

    private HttpResponse<byte[]> send(String path, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (secret != null) {
            request.header("Authorization", "Bearer " + secret);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The one export a bare data file names, by the fingerprint it carries. */
    private ExportLogEntry identified(String name, byte[] data) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, data);
        Identification found = identifier.identify(file);
        assertThat(found.how()).as("how %s was identified", name).isEqualTo(Identification.How.FINGERPRINT);
        assertThat(found.exports()).hasSize(1);
        return found.exports().get(0);
    }

    /** The fingerprint as each format's own reader finds it; for tables, the same on every row. */
    private String fingerprintInside(ExportFormat format, byte[] data) throws Exception {
        switch (format) {
            case CSV -> {
                List<CsvRecord> rows;
                try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true).ofCsvRecord(new ByteArrayInputStream(data))) {
                    rows = reader.stream().toList();
                }
                List<String> header = rows.get(0).getFields();
                assertThat(header.get(header.size() - 1)).isEqualTo("matbank_export");
                List<String> values = rows.subList(1, rows.size()).stream().map(r -> r.getField(header.size() - 1)).distinct().toList();
                assertThat(values).hasSize(1);
                return values.get(0);
            }
            case XLSX -> {
                try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(data))) {
                    String property = book.getProperties().getCustomProperties().getProperty("matbank_export").getLpwstr();
                    Row header = book.getSheetAt(0).getRow(0);
                    int last = header.getLastCellNum() - 1;
                    assertThat(header.getCell(last).getStringCellValue()).isEqualTo("matbank_export");
                    for (int r = 1; r <= book.getSheetAt(0).getLastRowNum(); r++) {
                        assertThat(book.getSheetAt(0).getRow(r).getCell(last).getStringCellValue()).isEqualTo(property);
                    }
                    return property;
                }
            }
            case PARQUET -> {
                Path file = Files.write(folder.resolve("kv.parquet"), data);
                try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                        PreparedStatement kv = duck.prepareStatement("SELECT value FROM parquet_kv_metadata(?) WHERE key = 'matbank_export'")) {
                    kv.setString(1, file.toString());
                    try (ResultSet rs = kv.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        return new String(rs.getBytes(1), StandardCharsets.UTF_8);
                    }
                }
            }
            default -> {
                return JSON.readTree(data).path("matbank_export").asString();
            }
        }
    }
}
