package org.matbank.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.matbank.template.TemplateKind;

/** The workbook MatBank generates for a template set, opened with POI as Excel would. */
class WorkbookGenerationApiTest extends WorkbookTestBase {

    @Test
    void workbookHasStageSheetsBilingualHeadersDropDownsRangesAndHiddenMetadata() throws IOException {
        TemplateSet set = templateSet();
        HttpResponse<byte[]> response = download("/api/workbooks?template=" + set.material() + "&template=" + set.process()
                + "&template=" + set.measurement());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment").contains("filename=").contains(".xlsx").contains("heat-treatment-" + set.suffix());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Instructions", "Raw materials", "Materials", "Composition", "Process",
                    "Properties", "_lists", "_matbank");
            assertThat(workbook.getSheetVisibility(workbook.getSheetIndex("_matbank"))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(workbook.getSheetVisibility(workbook.getSheetIndex("_lists"))).isEqualTo(SheetVisibility.HIDDEN);
            assertThat(workbook.getSheetVisibility(workbook.getSheetIndex("Process"))).isEqualTo(SheetVisibility.VISIBLE);

            String instructions = text(workbook.getSheet("Instructions"));
            assertThat(instructions).contains("one row per material", "시료 하나당 한 행", "unit", "단위",
                    set.process(), "Tensile strength / 인장강도", "0–3000");

            XSSFSheet process = workbook.getSheet("Process");
            assertThat(headers(process)).containsExactly("Material id / 시료 ID", "Step order / 공정 순서",
                    "Process template / 공정 템플릿", "Equipment / 장비", "Date (YYYY-MM-DD) / 날짜", "Notes / 비고",
                    "Temperature / 온도", "Temperature / 온도 unit / 단위", "Number of passes / 패스 횟수", "Atmosphere / 분위기");
            assertThat(process.getPaneInformation().getHorizontalSplitTopRow()).as("header and hint rows frozen").isEqualTo((short) 2);
            int temperature = WorkbookFixture.column(process, "Temperature / 온도");
            assertThat(process.getRow(1).getCell(temperature).getStringCellValue()).contains("0–2000 °C", "required");
            assertThat(listValues(workbook, validation(process, temperature + 1))).as("units of the temperature's dimension")
                    .startsWith("°C").contains("K").doesNotContain("MPa");
            assertThat(listValues(workbook, validation(process, WorkbookFixture.column(process, "Atmosphere / 분위기"))))
                    .containsExactly("air", "argon", "vacuum");
            assertThat(listValues(workbook, validation(process, 2))).containsExactly(set.processName());
            DataValidation passes = validation(process, WorkbookFixture.column(process, "Number of passes / 패스 횟수"));
            assertThat(passes.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
            assertThat(passes.getValidationConstraint().getFormula1()).isEqualTo("1");
            assertThat(passes.getValidationConstraint().getFormula2()).isEqualTo("20");

            XSSFSheet properties = workbook.getSheet("Properties");
            int tensile = WorkbookFixture.column(properties, "Tensile strength / 인장강도");
            DataValidation strength = validation(properties, tensile);
            assertThat(strength.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
            assertThat(strength.getPromptBoxText()).contains("0–3000 MPa");
            assertThat(strength.getErrorStyle()).as("another unit may be typed beside it").isEqualTo(DataValidation.ErrorStyle.WARNING);
            assertThat(properties.getCellComment(new org.apache.poi.ss.util.CellAddress(0, tensile)).getString().getString())
                    .contains("0–3000 MPa");
            assertThat(listValues(workbook, validation(properties, 1))).containsExactly(set.measurementName());
            assertThat(listValues(workbook, validation(workbook.getSheet("Materials"), 2))).containsExactly(set.materialName());

            WorkbookMetadata.Contents metadata = WorkbookMetadata.read(workbook);
            assertThat(metadata.templates().values()).extracting(WorkbookMetadata.TemplateRef::id)
                    .containsExactlyElementsOf(set.ids());
            assertThat(metadata.templates().get(set.processName()).kind()).isEqualTo(TemplateKind.PROCESS_TEMPLATE);
            assertThat(metadata.templates().get(set.processName()).version()).isEqualTo(1);
            assertThat(metadata.columns()).extracting(WorkbookColumn::header).containsExactly("Temperature / 온도",
                    "Number of passes / 패스 횟수", "Atmosphere / 분위기", "Tensile strength / 인장강도", "Loading mode / 하중 방식");
            WorkbookColumn first = metadata.columns().get(0);
            assertThat(first.unit()).isEqualTo("°C");
            assertThat(first.requiredBy()).containsExactly(set.process());
        }
    }

    @Test
    void workbookWithoutProcessTemplatesHasNoProcessSheetAndAttributeTemplatesAreRefused() throws IOException {
        TemplateSet set = templateSet();
        HttpResponse<byte[]> response = download("/api/workbooks?template=" + set.measurement());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getSheet("Process")).isNull();
            assertThat(workbook.getSheet("Properties")).isNotNull();
        }
        String property = get("/api/templates?type=property_template").body().path(0).path("id").asString();
        assertRefused(get("/api/workbooks?template=" + property), 422, "template.kind.mismatch");
        assertRefused(get("/api/workbooks?template=" + UUID.randomUUID()), 404, "template.not-found");
    }

    private static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        return headers;
    }

    private static String text(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            row.forEach(c -> text.append(c.getStringCellValue()).append('\n'));
        }
        return text.toString();
    }

    /** The data validation covering the first data cell of a column. */
    private static DataValidation validation(XSSFSheet sheet, int col) {
        return sheet.getDataValidations().stream()
                .filter(v -> java.util.Arrays.stream(v.getRegions().getCellRangeAddresses())
                        .anyMatch(r -> r.isInRange(2, col) && r.isInRange(1001, col)))
                .findFirst().orElseThrow(() -> new AssertionError("no validation on column " + col));
    }

    /** The values of a list validation, read from the hidden lists sheet it points at. */
    private static List<String> listValues(XSSFWorkbook workbook, DataValidation validation) {
        assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.LIST);
        AreaReference area = new AreaReference(validation.getValidationConstraint().getFormula1(), workbook.getSpreadsheetVersion());
        List<String> values = new ArrayList<>();
        for (CellReference ref : area.getAllReferencedCells()) {
            values.add(workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue());
        }
        return values;
    }
}
