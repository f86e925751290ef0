package org.matbank.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.matbank.template.TemplateKind;

/**
 * The hidden sheet that says exactly what a workbook was made from: the format, each object
 * template (kind, id, version, the name shown in the drop-downs) and each attribute column
 * (sheet, index, field, attribute template id and version, how to read it, unit, unit column,
 * categories, the templates that require it). The reader trusts this sheet, not the headers,
 * so a researcher who retitles a column changes nothing.
 */
final class WorkbookMetadata {

    /** An object template as the workbook knows it. */
    record TemplateRef(TemplateKind kind, UUID id, int version, String shownName) {
    }

    /** What the reader needs: the templates by shown name and the attribute columns. */
    record Contents(Map<String, TemplateRef> templates, List<WorkbookColumn> columns) {
    }

    private WorkbookMetadata() {
    }

    static void write(Workbook workbook, WorkbookPlan plan) {
        Sheet sheet = workbook.createSheet(WorkbookLayout.METADATA);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("format", WorkbookLayout.FORMAT));
        plan.templatesByName().forEach((shown, t) -> rows.add(List.of("template", t.type().json(), t.id().toString(),
                String.valueOf(t.version()), shown)));
        for (WorkbookColumn c : plan.columns()) {
            List<String> row = new ArrayList<>(List.of("column", c.sheet(), String.valueOf(c.index()), c.field(),
                    c.template().toString(), String.valueOf(c.version()), c.name(), c.header(), c.valueType(),
                    c.unit() == null ? "" : c.unit(), String.valueOf(c.unitIndex()), String.join(",", c.requiredBy())));
            row.addAll(c.categories());
            rows.add(row);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
            }
        }
        // very hidden: not offered by Excel's "Unhide" menu, so it is not edited by accident
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    /** The contents, or null when the workbook was not made by MatBank (no or unknown metadata sheet). */
    static Contents read(Workbook workbook) {
        Sheet sheet = workbook.getSheet(WorkbookLayout.METADATA);
        if (sheet == null) {
            return null;
        }
        DataFormatter formatter = new DataFormatter();
        Map<String, TemplateRef> templates = new LinkedHashMap<>();
        List<WorkbookColumn> columns = new ArrayList<>();
        boolean known = false;
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : formatter.formatCellValue(cell));
            }
            switch (cells.get(0)) {
                case "format" -> known = WorkbookLayout.FORMAT.equals(cells.get(1));
                case "template" -> templates.put(cells.get(4), new TemplateRef(TemplateKind.fromJson(cells.get(1)),
                        UUID.fromString(cells.get(2)), Integer.parseInt(cells.get(3)), cells.get(4)));
                case "column" -> columns.add(column(cells));
                default -> { }
            }
        }
        return known ? new Contents(templates, columns) : null;
    }

    private static WorkbookColumn column(List<String> cells) {
        String required = cells.get(11);
        return new WorkbookColumn(cells.get(1), Integer.parseInt(cells.get(2)), cells.get(3), UUID.fromString(cells.get(4)),
                Integer.parseInt(cells.get(5)), cells.get(6), cells.get(7), cells.get(8),
                cells.get(9).isEmpty() ? null : cells.get(9), Integer.parseInt(cells.get(10)),
                cells.subList(12, cells.size()), required.isEmpty() ? List.of() : Arrays.asList(required.split(",")), null);
    }
}
