package org.matbank.ingest;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the parts every data sheet of a workbook has: a bilingual header row and a hint row
 * (frozen), drop-downs fed from the hidden lists sheet, number checks with an input message,
 * and header comments. Number checks only warn: a value may be typed in another unit than the
 * template's, which the check cannot know; the importer converts and the validator decides.
 */
final class SheetWriter {

    private final XSSFWorkbook workbook;
    private final Sheet lists;
    private final CellStyle header;
    private final CellStyle hint;
    private int listColumn;

    SheetWriter(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.lists = workbook.createSheet(WorkbookLayout.LISTS);
        this.header = style(true, IndexedColors.PALE_BLUE);
        this.hint = style(false, IndexedColors.LEMON_CHIFFON);
    }

    /** A data sheet with its header and hint rows frozen (and the material id column, which every row starts with). */
    Sheet sheet(String name) {
        Sheet sheet = workbook.createSheet(name);
        sheet.createRow(WorkbookLayout.HEADER_ROW).setHeightInPoints(32);
        sheet.createRow(WorkbookLayout.HINT_ROW);
        sheet.createFreezePane(1, WorkbookLayout.FIRST_DATA_ROW);
        return sheet;
    }

    void column(Sheet sheet, int col, String title, String hintText) {
        cell(sheet.getRow(WorkbookLayout.HEADER_ROW), col, title, header);
        cell(sheet.getRow(WorkbookLayout.HINT_ROW), col, hintText == null ? "" : hintText, hint);
        sheet.setColumnWidth(col, Math.min(60, Math.max(14, title.length() + 4)) * 256);
    }

    /** A comment on the header cell: shown when the mouse rests on the header. */
    void comment(Sheet sheet, int col, String text) {
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(col);
        anchor.setCol2(col + 3);
        anchor.setRow1(0);
        anchor.setRow2(4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(workbook.getCreationHelper().createRichTextString(text));
        comment.setAuthor("MatBank");
        sheet.getRow(WorkbookLayout.HEADER_ROW).getCell(col).setCellComment(comment);
    }

    /** A drop-down of {@code values}, kept on the hidden lists sheet (inline lists are capped at 255 characters). */
    void dropDown(Sheet sheet, int col, List<String> values, String prompt, boolean strict) {
        if (values.isEmpty()) {
            return;
        }
        int listCol = listColumn++;
        for (int i = 0; i < values.size(); i++) {
            Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
            row.createCell(listCol).setCellValue(values.get(i));
        }
        String letter = CellReference.convertNumToColString(listCol);
        String range = "'" + WorkbookLayout.LISTS + "'!$" + letter + "$1:$" + letter + "$" + values.size();
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(sheet, col, helper.createFormulaListConstraint(range), prompt, strict);
    }

    void decimal(Sheet sheet, int col, double low, double high, String prompt) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(sheet, col, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, plain(low), plain(high)),
                prompt, false);
    }

    void integer(Sheet sheet, int col, long low, long high, String prompt) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(sheet, col, helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                String.valueOf(low), String.valueOf(high)), prompt, true);
    }

    /** Hides the lists sheet and moves it to the end, behind the sheets a researcher uses. */
    void finish() {
        workbook.setSheetOrder(WorkbookLayout.LISTS, workbook.getNumberOfSheets() - 1);
        workbook.setSheetVisibility(workbook.getSheetIndex(WorkbookLayout.LISTS), SheetVisibility.HIDDEN);
    }

    private void add(Sheet sheet, int col, DataValidationConstraint constraint, String prompt, boolean strict) {
        CellRangeAddressList cells = new CellRangeAddressList(WorkbookLayout.FIRST_DATA_ROW,
                WorkbookLayout.FIRST_DATA_ROW + WorkbookLayout.DATA_ROWS - 1, col, col);
        DataValidation validation = sheet.getDataValidationHelper().createValidation(constraint, cells);
        validation.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        // Excel caps the title at 32 and the text at 255 characters
        String text = prompt == null ? "" : prompt.length() > 255 ? prompt.substring(0, 252) + "..." : prompt;
        validation.createErrorBox("MatBank", text);
        validation.createPromptBox("MatBank", text);
        validation.setShowPromptBox(!text.isEmpty());
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    private static void cell(Row row, int col, String text, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private CellStyle style(boolean bold, IndexedColors fill) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setItalic(!bold);
        style.setFont(font);
        style.setFillForegroundColor(fill.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setWrapText(true);
        return style;
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
