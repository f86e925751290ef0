package org.matbank.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.matbank.ingest.WorkbookMetadata.TemplateRef;
import org.matbank.record.Attribute;
import org.matbank.shared.Origin;
import org.matbank.shared.Violation;
import org.matbank.template.TemplateKind;

/**
 * The rows of each data sheet, read cell by cell into plain records; blank rows are skipped.
 * Each row keeps its cells and its own violations, so that later checks (an unknown material
 * id, a duplicate step) can name the cell and the unit the row belongs to.
 */
final class WorkbookRows {

    /** One non-blank row of a sheet, with the problems found in it. */
    record Line(WorkbookCells cells, Row row, List<Violation> violations) {
        String text(int col) {
            return cells.text(row, col);
        }

        void problem(int col, String rule, Object value, String message) {
            violations.add(cells.violation(row, col, rule, value, message));
        }
    }

    record RawMaterial(Line line, String id, String name, String notes) {
    }

    record Material(Line line, String id, String name, TemplateRef template, String sampleType, String author,
            String institution, LocalDate date, String notes) {
    }

    record Ingredient(Line line, String materialId, String ingredient, Double amount, String amountKind, String unit,
            String label) {
    }

    /** A process step or a measurement: a template and its attribute values by field. */
    record Step(Line line, String materialId, Long order, TemplateRef template, String equipment, String specimenForm,
            String instrument, LocalDate date, String notes, Map<String, List<Attribute>> attributes) {
    }

    private final Workbook workbook;
    private final WorkbookMetadata.Contents metadata;

    WorkbookRows(Workbook workbook, WorkbookMetadata.Contents metadata) {
        this.workbook = workbook;
        this.metadata = metadata;
    }

    List<RawMaterial> rawMaterials() {
        return lines(WorkbookLayout.RAW_MATERIALS).stream().map(l -> new RawMaterial(l,
                l.cells().required(l.row(), 0, l.violations()), l.text(1), l.text(2))).toList();
    }

    List<Material> materials() {
        return lines(WorkbookLayout.MATERIALS).stream().map(l -> {
            String sampleType = l.text(3);
            if (sampleType != null && !WorkbookLayout.SAMPLE_TYPES.contains(sampleType)) {
                l.problem(3, "category.not-allowed", sampleType, "sample type is one of " + WorkbookLayout.SAMPLE_TYPES);
            }
            return new Material(l, l.cells().required(l.row(), 0, l.violations()), l.cells().required(l.row(), 1, l.violations()),
                    template(l, 2, TemplateKind.MATERIAL_TEMPLATE, false), sampleType, l.text(4), l.text(5),
                    l.cells().date(l.row(), 6, l.violations()), l.text(7));
        }).toList();
    }

    List<Ingredient> ingredients() {
        return lines(WorkbookLayout.COMPOSITION).stream().map(l -> new Ingredient(l,
                l.cells().required(l.row(), 0, l.violations()), l.cells().required(l.row(), 1, l.violations()),
                l.cells().number(l.row(), 2, l.violations()), l.text(3), l.text(4), l.text(5))).toList();
    }

    List<Step> processSteps() {
        return lines(WorkbookLayout.PROCESS).stream().map(l -> {
            TemplateRef template = template(l, 2, TemplateKind.PROCESS_TEMPLATE, true);
            return new Step(l, l.cells().required(l.row(), 0, l.violations()), l.cells().integer(l.row(), 1, l.violations()),
                    template, l.text(3), null, null, l.cells().date(l.row(), 4, l.violations()), l.text(5),
                    attributes(l, WorkbookLayout.PROCESS, template));
        }).toList();
    }

    List<Step> measurements() {
        return lines(WorkbookLayout.PROPERTIES).stream().map(l -> {
            TemplateRef template = template(l, 1, TemplateKind.MEASUREMENT_TEMPLATE, true);
            return new Step(l, l.cells().required(l.row(), 0, l.violations()), null, template, null, l.text(2), l.text(3),
                    l.cells().date(l.row(), 4, l.violations()), l.text(5), attributes(l, WorkbookLayout.PROPERTIES, template));
        }).toList();
    }

    private List<Line> lines(String sheetName) {
        Sheet sheet = workbook.getSheet(sheetName);
        List<Line> lines = new ArrayList<>();
        if (sheet == null) {
            return lines;
        }
        WorkbookCells cells = new WorkbookCells(sheet);
        int width = WorkbookLayout.fixedColumns(sheetName).size() + metadata.columns().stream()
                .filter(c -> c.sheet().equals(sheetName)).mapToInt(c -> c.unitIndex() < 0 ? 1 : 2).sum();
        for (int r = WorkbookLayout.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && !cells.blank(row, width)) {
                lines.add(new Line(cells, row, new ArrayList<>()));
            }
        }
        return lines;
    }

    private TemplateRef template(Line line, int col, TemplateKind kind, boolean required) {
        String shown = required ? line.cells().required(line.row(), col, line.violations()) : line.text(col);
        if (shown == null) {
            return null;
        }
        TemplateRef ref = metadata.templates().get(shown);
        if (ref == null || ref.kind() != kind) {
            line.problem(col, "template.unknown", shown, "'" + shown + "' is not a " + kind.json().replace('_', ' ')
                    + " of this workbook; choose one from the drop-down");
            return null;
        }
        return ref;
    }

    private Map<String, List<Attribute>> attributes(Line line, String sheet, TemplateRef template) {
        Map<String, List<Attribute>> byField = new java.util.LinkedHashMap<>();
        for (WorkbookColumn c : metadata.columns()) {
            if (!c.sheet().equals(sheet)) {
                continue;
            }
            Origin origin = c.field().equals("property") ? Origin.MEASURED : Origin.SPECIFIED;
            Attribute attribute = AttributeCells.read(line.cells(), line.row(), c, origin, line.violations());
            if (attribute != null) {
                byField.computeIfAbsent(c.field(), f -> new ArrayList<>()).add(attribute);
            } else if (template != null && c.requiredBy().contains(template.id().toString()) && line.text(c.index()) == null) {
                line.problem(c.index(), "cell.required", null, "template '" + template.shownName() + "' requires " + c.name());
            }
        }
        return byField;
    }
}
