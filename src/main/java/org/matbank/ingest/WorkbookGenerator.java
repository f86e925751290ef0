package org.matbank.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.matbank.shared.UnitChoices;
import org.matbank.template.IntegerBounds;
import org.matbank.template.RealBounds;
import org.matbank.template.TemplateKind;

/**
 * Writes the data-entry workbook for a {@link WorkbookPlan}: instructions, then one sheet per
 * stage in the order of a material history (raw materials, materials, composition, process,
 * properties), then the hidden lists and metadata. The process and properties sheets appear only
 * when process or measurement templates were chosen.
 */
final class WorkbookGenerator {

    private WorkbookGenerator() {
    }

    static byte[] generate(WorkbookPlan plan) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WorkbookInstructions.write(workbook.createSheet(WorkbookLayout.INSTRUCTIONS), plan);
            SheetWriter writer = new SheetWriter(workbook);
            fixed(writer.sheet(WorkbookLayout.RAW_MATERIALS), writer, WorkbookLayout.RAW_COLUMNS,
                    List.of("required, unique / 필수, 고유", "", ""));
            Sheet materials = writer.sheet(WorkbookLayout.MATERIALS);
            fixed(materials, writer, WorkbookLayout.MATERIAL_COLUMNS, List.of("required, unique / 필수, 고유",
                    "required / 필수", "choose / 선택", "choose / 선택", "", "", "2026-01-31", ""));
            writer.dropDown(materials, 2, names(plan, TemplateKind.MATERIAL_TEMPLATE), "Material template / 소재 템플릿", true);
            writer.dropDown(materials, 3, WorkbookLayout.SAMPLE_TYPES, "Sample type / 시료 유형", true);
            Sheet composition = writer.sheet(WorkbookLayout.COMPOSITION);
            fixed(composition, writer, WorkbookLayout.COMPOSITION_COLUMNS, List.of("required / 필수",
                    "raw material id or name / 원료 ID 또는 이름", "number / 숫자", "choose / 선택",
                    "fraction: blank, %, wt%... / 분율: 빈칸, %, wt%...", "binder, solvent, dopant..."));
            writer.dropDown(composition, 3, WorkbookLayout.AMOUNT_KINDS, "mass, volume or number fraction (0–1, or %), "
                    + "or an absolute quantity with a unit / 질량·부피·몰 분율(0–1 또는 %) 또는 단위가 있는 절대량", true);
            writer.dropDown(composition, 4, List.of("dimensionless", "%", "wt%", "at%", "vol%", "mol%", "g", "kg", "mg",
                    "mL", "L", "mol"), "Unit of the amount / 양의 단위", false);
            if (!plan.templates(TemplateKind.PROCESS_TEMPLATE).isEmpty()) {
                Sheet process = writer.sheet(WorkbookLayout.PROCESS);
                fixed(process, writer, WorkbookLayout.PROCESS_COLUMNS, List.of("required / 필수", "1, 2, 3...",
                        "required, choose / 필수, 선택", "", "2026-01-31", ""));
                writer.integer(process, 1, 1, 1000, "Order of the step: 1, 2, 3... / 공정 순서");
                writer.dropDown(process, 2, names(plan, TemplateKind.PROCESS_TEMPLATE), "Process template / 공정 템플릿", true);
                attributes(process, writer, plan.columns(WorkbookLayout.PROCESS));
            }
            if (!plan.templates(TemplateKind.MEASUREMENT_TEMPLATE).isEmpty()) {
                Sheet properties = writer.sheet(WorkbookLayout.PROPERTIES);
                fixed(properties, writer, WorkbookLayout.PROPERTY_COLUMNS, List.of("required / 필수",
                        "required, choose / 필수, 선택", "", "", "2026-01-31", ""));
                writer.dropDown(properties, 1, names(plan, TemplateKind.MEASUREMENT_TEMPLATE),
                        "Measurement template / 측정 템플릿", true);
                attributes(properties, writer, plan.columns(WorkbookLayout.PROPERTIES));
            }
            writer.finish();
            WorkbookMetadata.write(workbook, plan);
            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(WorkbookPlan plan, TemplateKind kind) {
        return new ArrayList<>(plan.templates(kind).keySet());
    }

    private static void fixed(Sheet sheet, SheetWriter writer, List<String> headers, List<String> hints) {
        for (int i = 0; i < headers.size(); i++) {
            writer.column(sheet, i, headers.get(i), hints.get(i));
        }
    }

    private static void attributes(Sheet sheet, SheetWriter writer, List<WorkbookColumn> columns) {
        for (WorkbookColumn c : columns) {
            String hint = hint(c);
            writer.column(sheet, c.index(), c.header(), hint);
            writer.comment(sheet, c.index(), c.field() + " '" + c.name() + "' v" + c.version() + "\n" + hint);
            switch (c.valueType()) {
                case "real" -> {
                    Range range = range(c);
                    writer.decimal(sheet, c.index(), range.low(), range.high(), range.text()
                            + "; mean ± std allowed / 평균 ± 표준편차 가능; other unit: next column / 다른 단위는 오른쪽 열");
                    writer.column(sheet, c.unitIndex(), WorkbookPlan.unitHeader(c), "blank = " + display(c.unit()));
                    writer.dropDown(sheet, c.unitIndex(), UnitChoices.of(c.unit()), "Unit of " + c.name() + " / 단위", false);
                }
                case "integer" -> {
                    Range range = range(c);
                    writer.integer(sheet, c.index(), (long) range.low(), (long) range.high(), range.text());
                }
                case "categorical" -> writer.dropDown(sheet, c.index(), c.categories(), c.header(), true);
                default -> { }
            }
        }
    }

    private static String hint(WorkbookColumn c) {
        String required = c.requiredBy().isEmpty() ? "" : "; required / 필수";
        return switch (c.valueType()) {
            case "real", "integer" -> range(c).text() + required;
            case "categorical" -> "choose / 선택" + required;
            case "composition" -> "Fe 70, Ni 30" + required;
            case "molecule" -> "SMILES or InChI" + required;
            default -> "text / 문자" + required;
        };
    }

    /** The range of a numeric column, and how it reads in a hint: "0–3000 MPa". */
    private record Range(double low, double high, String text) {
    }

    private static Range range(WorkbookColumn c) {
        if (c.bounds() instanceof RealBounds real) {
            return new Range(real.lowerBound(), real.upperBound(), plain(real.lowerBound()) + "–" + plain(real.upperBound())
                    + (real.defaultUnits().isBlank() ? "" : " " + real.defaultUnits()));
        }
        if (c.bounds() instanceof IntegerBounds integer) {
            return new Range(integer.lowerBound(), integer.upperBound(), integer.lowerBound() + "–" + integer.upperBound());
        }
        return new Range(-Double.MAX_VALUE, Double.MAX_VALUE, "number / 숫자");
    }

    static String display(String unit) {
        return unit == null || unit.isEmpty() ? "dimensionless" : unit;
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
