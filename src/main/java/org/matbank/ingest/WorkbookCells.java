package org.matbank.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.matbank.shared.Violation;

/**
 * Reads the cells of one sheet as text, numbers and dates. Every problem becomes a violation
 * whose path is the cell as Excel shows it ({@code sheet 'Properties' row 7 column 'Hardness'})
 * and whose value is the cell's text, so a researcher can find and fix it.
 */
final class WorkbookCells {

    private static final DataFormatter FORMATTER = new DataFormatter();
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final Sheet sheet;

    WorkbookCells(Sheet sheet) {
        this.sheet = sheet;
    }

    String sheetName() {
        return sheet.getSheetName();
    }

    /** The header of a column as written in the workbook. */
    String header(int col) {
        Row header = sheet.getRow(WorkbookLayout.HEADER_ROW);
        Cell cell = header == null ? null : header.getCell(col);
        return cell == null ? "column " + (col + 1) : FORMATTER.formatCellValue(cell).trim();
    }

    String place(Row row, int col) {
        return WorkbookLayout.place(sheetName(), row.getRowNum(), header(col));
    }

    Violation violation(Row row, int col, String rule, Object value, String message) {
        return new Violation(place(row, col), rule, value, message);
    }

    /** The cell as text, trimmed; null when blank. Numbers read as Excel shows them (no "850.0"). */
    String text(Row row, int col) {
        Cell cell = row.getCell(col);
        if (cell == null) {
            return null;
        }
        // a formula counts by its last computed result, as Excel shows it, not by its text
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? FORMATTER.formatCellValue(cell)
                    : WorkbookGenerator.plain(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
        text = text.trim();
        return text.isEmpty() ? null : text;
    }

    /** A required text; a blank cell is a violation. */
    String required(Row row, int col, List<Violation> violations) {
        String text = text(row, col);
        if (text == null) {
            violations.add(violation(row, col, "cell.required", null, "this cell must be filled"));
        }
        return text;
    }

    /** A number, from a numeric cell or a text that reads as one; null when blank. */
    Double number(Row row, int col, List<Violation> violations) {
        Cell cell = row.getCell(col);
        if (cell != null && (cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC)) {
            return cell.getNumericCellValue();
        }
        String text = text(row, col);
        if (text == null) {
            return null;
        }
        Double parsed = parse(text);
        if (parsed == null) {
            violations.add(violation(row, col, "cell.not-a-number", text, "'" + text + "' is not a number"));
        }
        return parsed;
    }

    Long integer(Row row, int col, List<Violation> violations) {
        Double number = number(row, col, violations);
        if (number == null) {
            return null;
        }
        if (number != Math.rint(number) || Math.abs(number) > 1e15) {
            violations.add(violation(row, col, "cell.not-an-integer", text(row, col), "'" + text(row, col) + "' is not a whole number"));
            return null;
        }
        return number.longValue();
    }

    /** A date from a date cell or a YYYY-MM-DD text; null when blank. */
    LocalDate date(Row row, int col, List<Violation> violations) {
        Cell cell = row.getCell(col);
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String text = text(row, col);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(violation(row, col, "cell.not-a-date", text, "'" + text + "' is not a date in the form YYYY-MM-DD"));
            return null;
        }
    }

    /** True when no cell of the row up to {@code width} holds anything: such rows are skipped. */
    boolean blank(Row row, int width) {
        for (int c = 0; c < width; c++) {
            if (text(row, c) != null) {
                return false;
            }
        }
        return true;
    }

    /** A number as text: plain or scientific notation; no thousands separators, which read ambiguously (1,234). */
    static Double parse(String text) {
        String t = text.trim().replace('\u2212', '-');
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        double value = Double.parseDouble(t);
        return Double.isFinite(value) ? value : null;
    }
}
