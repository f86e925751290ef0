package org.matbank.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The import page in a browser: a workbook generated for a template set, filled with one bad row,
 * uploaded through the form; the job's page follows it to the end and reads the validation report
 * (sheet, row, column, bad value); an all-or-nothing import with a bad row writes nothing, the
 * corrected file then imports. And the job page polls only while a job runs.
 */
class ImportPageBrowserTest extends BrowserTest {

    private static final String UNIT_COLUMN = "Tensile strength / 인장강도 unit / 단위";
    private static final LocatorAssertions.HasAttributeOptions LONG = new LocatorAssertions.HasAttributeOptions().setTimeout(60_000);

    @Test
    void aWorkbookWithOneBadRowIsRefusedWholeAndTheReportNamesTheCellThenTheFixedOneImports() throws IOException {
        String s = unique();
        String scope = "lab-" + s;
        List<String> templates = templateSet(s);
        page.navigate(url("/imports"));

        // the workbook comes from the API's generator, downloaded by the browser like a person would
        Download download = page.waitForDownload(() -> page.evaluate("u => { const a = document.createElement('a'); a.href = u;"
                + " document.body.append(a); a.click(); a.remove(); }",
                "/api/workbooks?template=" + templates.get(0) + "&template=" + templates.get(1)));
        assertThat(download.suggestedFilename()).endsWith(".xlsx");
        byte[] generated = Files.readAllBytes(download.path());
        Path folder = Files.createTempDirectory("import-" + s);
        Path bad = folder.resolve("tensile-tests.xlsx");
        Files.write(bad, filled(generated, s, "kg"));

        page.locator("#scope").fill(scope);
        page.locator("#file").setInputFiles(bad);
        page.locator("#upload-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/imports/[0-9a-f-]{36}$"));
        String job = page.url().substring(page.url().lastIndexOf('/') + 1);

        assertThat(page.locator("#job-status")).hasAttribute("data-status", "failed", LONG);
        assertThat(page.locator("#job-outcome")).containsText("nothing was written");
        Locator errors = page.locator("#violations tbody tr");
        assertThat(errors).hasCount(1);
        List<String> cells = errors.first().locator("td").allInnerTexts();
        assertThat(cells.get(1)).as("sheet").isEqualTo("Properties");
        assertThat(cells.get(2)).as("row").isEqualTo("4");
        assertThat(cells.get(3)).as("column").isEqualTo(UNIT_COLUMN);
        assertThat(cells.get(5)).as("rule").isEqualTo("unit.incompatible");
        assertThat(cells.get(6)).as("bad value").isEqualTo("kg");
        assertThat(cells.get(7)).as("message").contains("kg");
        assertThat(page.locator("#units-written")).hasText("0");
        screenshot("import-failed");

        // all or nothing: the two good rows were not written either, as the API says
        assertThat(jdbc.sql("select count(*) from record_uid where scope = ?").param(scope).query(Long.class).single())
                .as("objects of the refused import").isZero();
        JsonNode api = get("/api/imports/" + job).body();
        assertThat(api.path("status").asString()).isEqualTo("failed");
        assertThat(api.path("units_written").asLong()).isZero();
        assertThat(api.path("units_failed").asLong()).isEqualTo(1);
        String report = page.locator("#report-download").getAttribute("href");
        assertThat(report).isEqualTo("/api/imports/" + job + "/report");
        assertThat(page.request().get(url(report)).text()).contains("unit.incompatible", "\"kg\"");

        page.navigate(url("/imports/" + job + "?lang=ko"));
        assertThat(page.locator("#violations thead")).containsText("시트");
        assertThat(page.locator("#job-outcome")).containsText("아무것도 기록하지 않았습니다");
        screenshot("import-ko");

        // the researcher fixes the unit and uploads the file again: now it is written
        Path fixed = folder.resolve("tensile-tests-fixed.xlsx");
        Files.write(fixed, filled(generated, s, "GPa"));
        page.navigate(url("/imports?lang=en"));
        page.locator("#scope").fill(scope);
        page.locator("#file").setInputFiles(fixed);
        page.locator("#upload-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/imports/[0-9a-f-]{36}$"));
        assertThat(page.locator("#job-status")).hasAttribute("data-status", "succeeded", LONG);
        assertThat(page.locator("#units-written")).hasText("3");
        assertThat(page.locator("#report-clean")).isVisible();
        assertThat(jdbc.sql("select count(*) from record_uid where scope = ?").param(scope).query(Long.class).single())
                .as("objects of the corrected import").isPositive();
        page.locator("a[href='/imports']").first().click();
        assertThat(page.locator("#recent-imports tbody tr").first()).containsText("Succeeded");
        screenshot("import-list");
    }

    @Test
    void anEmptyFileIsRefusedInThePageAndStartsNoJob() throws IOException {
        long jobs = jdbc.sql("select count(*) from import_job").query(Long.class).single();
        Path empty = Files.createTempFile("empty-" + unique(), ".xlsx");
        page.navigate(url("/imports"));
        page.locator("#file").setInputFiles(empty);
        page.locator("#upload-form button[type=submit]").click();
        assertThat(page.locator("#upload-problems")).containsText("file.empty");
        assertThat(page.locator("#upload-problems")).containsText("the uploaded file is empty");
        assertThat(jdbc.sql("select count(*) from import_job").query(Long.class).single()).isEqualTo(jobs);
    }

    @Test
    void theJobPagePollsWhileTheJobRunsAndStopsWhenItEnds() {
        // a job held in "running" (as one reading a large file), then ended the way the service ends it
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into import_job (id, format, file_name, sha256, size, author, mode, validation, status, started_at, units_read)
                values (?, 'csv', 'large.csv', 'x', 1000, 'test', 'all-or-nothing', 'fail', 'running', now(), 40)""").param(id).update();
        AtomicInteger polls = new AtomicInteger();
        page.onRequest(r -> {
            if (r.url().endsWith("/imports/" + id + "/status")) {
                polls.incrementAndGet();
            }
        });
        page.navigate(url("/imports/" + id));
        assertThat(page.locator("#job-state")).hasText("Running");
        page.waitForRequest(url("/imports/" + id + "/status"), () -> { });
        jdbc.sql("""
                update import_job set status = 'failed', finished_at = now(), units_read = 80, units_failed = 1,
                    message = '1 of 80 units had errors, so nothing was written; see the report',
                    report = cast(? as jsonb) where id = ?""")
                .params("{\"violations\":[{\"path\":\"large.csv row 57 column 'Fatigue'\",\"rule\":\"csv.number\",\"value\":\"abc\","
                        + "\"message\":\"expected a number\"}],\"warnings\":[],\"template_versions\":[],\"omitted\":0}", id)
                .update();
        assertThat(page.locator("#job-status")).hasAttribute("data-status", "failed", LONG);
        assertThat(page.locator("#violations tbody td").nth(2)).hasText("57");
        assertThat(page.locator("#violations tbody td").nth(3)).hasText("Fatigue");
        // the ended status part has no polling element left, so htmx has nothing more to ask
        assertThat(page.locator("#job-status [hx-trigger]")).hasCount(0);
        assertThat(page.locator("#job-status progress")).hasCount(0);
        assertThat(polls.get()).as("polls while the job ran").isPositive();
    }

    /** A material template and a tensile test with a required tensile strength (0-3000 MPa), labelled in both languages. */
    private List<String> templateSet(String s) {
        String tensile = created("""
                {"type":"property_template","name":"tensile strength %s","labels":{"en":"Tensile strength","ko":"인장강도"},
                 "bounds":{"type":"real_bounds","lower_bound":0,"upper_bound":3000,"default_units":"MPa"}}""".formatted(s));
        String material = created("{\"type\":\"material_template\",\"name\":\"alloy " + s + "\"}");
        String test = created("""
                {"type":"measurement_template","name":"tensile test %s","properties":[{"template":%s,"required":true}]}"""
                .formatted(s, link(tensile)));
        return List.of(material, test);
    }

    private String created(String json) {
        Answer answer = post("/api/templates", json);
        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
        return answer.body().path("id").asString();
    }

    /** Three materials with a tensile test each; the second test's strength is given in {@code unit}. */
    private static byte[] filled(byte[] generated, String s, String unit) throws IOException {
        try (InputStream in = new java.io.ByteArrayInputStream(generated); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet materials = workbook.getSheet("Materials");
            Sheet tests = workbook.getSheet("Properties");
            Object[][] rows = {{"M1", 720, "MPa"}, {"M2", 1.1, unit}, {"M3", 650, ""}};
            for (int i = 0; i < rows.length; i++) {
                int excelRow = i + 3;
                set(materials, excelRow, "Material id / 시료 ID", rows[i][0]);
                set(materials, excelRow, "Name / 이름", "steel " + rows[i][0] + " " + s);
                set(tests, excelRow, "Material id / 시료 ID", rows[i][0]);
                set(tests, excelRow, "Measurement template / 측정 템플릿", "tensile test " + s);
                set(tests, excelRow, "Tensile strength / 인장강도", rows[i][1]);
                set(tests, excelRow, UNIT_COLUMN, rows[i][2]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Sets the cell of an Excel row (1-based) under the column whose header is {@code header}. */
    private static void set(Sheet sheet, int excelRow, String header, Object value) {
        int column = -1;
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                column = cell.getColumnIndex();
            }
        }
        assertThat(column).as("column '%s' on sheet %s", header, sheet.getSheetName()).isNotNegative();
        Row row = sheet.getRow(excelRow - 1) == null ? sheet.createRow(excelRow - 1) : sheet.getRow(excelRow - 1);
        Cell cell = row.createCell(column);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (!value.toString().isEmpty()) {
            cell.setCellValue(value.toString());
        }
    }
}
