package org.matbank.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The first sheet of a workbook: how to fill it, in Korean and English, and the templates it was
 * made for with their attributes, units and ranges, so a researcher needs no other document.
 */
final class WorkbookInstructions {

    private static final List<String[]> RULES = List.of(
            new String[] {"MatBank data-entry workbook", "MatBank 데이터 입력 통합문서"},
            new String[] {"Fill one row per material on 'Materials'. Its material id links the rows of every other sheet.",
                "'Materials' 시트에 시료 하나당 한 행을 입력하세요. 시료 ID가 다른 모든 시트의 행을 연결합니다."},
            new String[] {"Stages: Raw materials -> Composition -> Process -> Properties.",
                "단계: 원료 -> 조성 -> 공정 -> 물성."},
            new String[] {"'Raw materials': one row per purchased or base material, with a raw material id.",
                "'Raw materials': 구입하거나 기본이 되는 원료 하나당 한 행, 원료 ID를 입력하세요."},
            new String[] {"'Composition': one row per ingredient of a material: the raw material id (or name, or the id of "
                + "another material listed above it), the amount and its kind. Fractions are 0–1, or give a unit such as % or wt%.",
                "'Composition': 시료의 원료 하나당 한 행: 원료 ID(또는 이름, 또는 위에 입력한 다른 시료의 ID), 양과 양의 종류. "
                + "분율은 0–1이며, % 또는 wt% 같은 단위를 입력할 수도 있습니다."},
            new String[] {"'Process': one row per step, numbered 1, 2, 3... in the order they were done. The ingredients "
                + "go into step 1; each step works on the result of the step before.",
                "'Process': 공정 단계 하나당 한 행, 수행 순서대로 1, 2, 3... 번호를 매기세요. 원료는 1단계에 투입되고, "
                + "각 단계는 이전 단계의 결과물을 가공합니다."},
            new String[] {"'Properties': one row per measurement of a material.", "'Properties': 시료의 측정 하나당 한 행."},
            new String[] {"Row 2 of each sheet shows the unit and range. A value in another unit goes with that unit in the "
                + "unit column to its right; it is converted on import. A blank unit means the unit shown.",
                "각 시트의 2행에 단위와 범위가 있습니다. 다른 단위의 값은 오른쪽 단위 열에 그 단위를 입력하면 가져올 때 변환됩니다. "
                + "단위가 비어 있으면 표시된 단위로 봅니다."},
            new String[] {"A mean and standard deviation may be written as 850 ± 12. Dates as YYYY-MM-DD.",
                "평균과 표준편차는 850 ± 12 처럼 쓸 수 있습니다. 날짜는 YYYY-MM-DD 형식입니다."},
            new String[] {"Do not rename or reorder sheets and columns; importing the same workbook again names the same records.",
                "시트와 열의 이름이나 순서를 바꾸지 마세요. 같은 통합문서를 다시 가져오면 같은 기록을 가리킵니다."});

    private WorkbookInstructions() {
    }

    static void write(Sheet sheet, WorkbookPlan plan) {
        List<String[]> rows = new ArrayList<>(RULES);
        rows.add(new String[] {"", ""});
        rows.add(new String[] {"Templates / 템플릿", "kind, id, version / 종류, ID, 버전"});
        plan.templatesByName().forEach((shown, t) -> rows.add(new String[] {shown,
                t.type().json() + ", " + t.id() + ", v" + t.version()}));
        rows.add(new String[] {"", ""});
        rows.add(new String[] {"Column / 열", "sheet, kind, unit, range / 시트, 종류, 단위, 범위"});
        for (WorkbookColumn c : plan.columns()) {
            String unit = c.unit() == null ? "" : ", unit / 단위: " + WorkbookGenerator.display(c.unit());
            String range = c.categories().isEmpty() ? "" : ", " + String.join(" | ", c.categories());
            rows.add(new String[] {c.header(), c.sheet() + ", " + c.field() + unit + range + boundsText(c)});
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(rows.get(r)[0]);
            row.createCell(1).setCellValue(rows.get(r)[1]);
        }
        sheet.setColumnWidth(0, 90 * 256);
        sheet.setColumnWidth(1, 90 * 256);
    }

    private static String boundsText(WorkbookColumn c) {
        if (c.bounds() instanceof org.matbank.template.RealBounds r) {
            return ", " + WorkbookGenerator.plain(r.lowerBound()) + "–" + WorkbookGenerator.plain(r.upperBound());
        }
        if (c.bounds() instanceof org.matbank.template.IntegerBounds i) {
            return ", " + i.lowerBound() + "–" + i.upperBound();
        }
        return "";
    }
}
