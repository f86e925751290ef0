package org.matbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The report's places taken apart as the importers write them: workbook cells, CSV cells, fields, the mapping. */
class ReportTableTest {

    private static ReportTable.Line line(String path) {
        return ReportTable.line(path, "rule", "v", "message", "steels.xlsx");
    }

    @Test
    void aWorkbookCellNamesItsSheetRowAndColumn() {
        assertThat(line("sheet 'Properties' row 7 column 'Tensile strength / 인장강도'")).isEqualTo(new ReportTable.Line(
                "steels.xlsx", "Properties", 7L, "Tensile strength / 인장강도", null, "rule", "v", "message"));
    }

    @Test
    void aUnitsPlaceBeforeTheCellGivesWayToTheCell() {
        ReportTable.Line l = line("sheet 'Materials' row 4: sheet 'Properties' row 4 column 'Tensile strength / 인장강도 unit / 단위'");
        assertThat(l.sheet()).isEqualTo("Properties");
        assertThat(l.row()).isEqualTo(4L);
        assertThat(l.column()).isEqualTo("Tensile strength / 인장강도 unit / 단위");
        assertThat(l.field()).isNull();
    }

    @Test
    void aRecordFieldKeepsTheRowOfItsMaterial() {
        ReportTable.Line l = line("sheet 'Materials' row 3: object 'alloy A'.properties[0].value");
        assertThat(l.sheet()).isEqualTo("Materials");
        assertThat(l.row()).isEqualTo(3L);
        assertThat(l.column()).isNull();
        assertThat(l.field()).isEqualTo("object 'alloy A'.properties[0].value");
    }

    @Test
    void csvPlacesNameTheirFileAndMappingProblemsNoFile() {
        ReportTable.Line csv = line("bad.csv row 4 column 'Fatigue'");
        assertThat(csv.file()).isEqualTo("bad.csv");
        assertThat(csv.sheet()).isNull();
        assertThat(csv.row()).isEqualTo(4L);
        assertThat(csv.column()).isEqualTo("Fatigue");
        ReportTable.Line mapping = line("mapping.scope");
        assertThat(mapping.file()).isNull();
        assertThat(mapping.field()).isEqualTo("mapping.scope");
        ReportTable.Line object = line("object 'steel 1'.properties[0]");
        assertThat(object.file()).isEqualTo("steels.xlsx");
        assertThat(object.field()).isEqualTo("object 'steel 1'.properties[0]");
    }

    @Test
    void theReportJsonBecomesErrorsAndWarningsWithValuesAsText() {
        ReportTable.Report report = ReportTable.read(JsonMapper.builder().build(), """
                {"violations":[{"path":"sheet 'Process' row 4 column 'Step order / 공정 순서'","rule":"step-order.duplicate","value":1,
                  "message":"twice"},{"path":"steels.xlsx","rule":"import.failed","value":null,"message":"broken"}],
                 "warnings":[{"path":"sheet 'Materials' row 3: object 'a'.properties[0]","rule":"bounds","value":"5000","message":"high"}],
                 "template_versions":["t@1"],"omitted":2}""", "steels.xlsx");
        assertThat(report.violations()).extracting(ReportTable.Line::value).containsExactly("1", null);
        assertThat(report.violations().get(1).file()).isEqualTo("steels.xlsx");
        assertThat(report.parts().get(1).lines()).extracting(ReportTable.Line::row).containsExactly(3L);
        assertThat(report.omitted()).isEqualTo(2);
        assertThat(report.templateVersions()).containsExactly("t@1");
    }

    @Test
    void aRowNumberTooLargeForALongIsKeptAsTextNotAnError() {
        ReportTable.Line huge = line("sheet 'Properties' row 99999999999999999999 column 'Hardness'");
        assertThat(huge.row()).isNull();
        assertThat(huge.toString()).as("the number is still shown").contains("99999999999999999999");
        ReportTable.Line csv = ReportTable.line("steels.csv row 123456789012345678901234 column 'F'", "r", "v", "m", "steels.csv");
        assertThat(csv.row()).isNull();
        assertThat(csv.toString()).contains("123456789012345678901234");
        assertThat(line("sheet 'Properties' row 999999999999999999 column 'Hardness'").row()).isEqualTo(999_999_999_999_999_999L);
    }
}
