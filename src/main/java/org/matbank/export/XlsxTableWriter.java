package org.matbank.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.matbank.search.MaterialFacts;

/**
 * A table as an Excel workbook, streamed with POI's SXSSF (a window of rows in memory, the rest
 * in temporary files that are removed at the end). Sheet "records" holds a bold, frozen header
 * and one row per material; when it is full (1,048,575 rows under the header) the rows go on in
 * "records 2", "records 3"..., each with the header. Single numbers are number cells; a cell with
 * several values is text joined with {@code "; "}; dates and creation times (UTC) are date cells;
 * an unknown value is a blank cell. Text longer than Excel's 32,767 characters is cut, ending in "…".
 *
 * <p>A marked export carries its fingerprint twice: as CSV does, in a last column
 * {@value ExportFingerprint#FIELD} on every row (it goes wherever rows are copied), and as the
 * workbook's custom document property of that name (it stays when the column is deleted).
 */
final class XlsxTableWriter {

    static final String SHEET = "records";
    /** Rows under the header that one sheet holds. */
    static final int ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final int rowsPerSheet;

    XlsxTableWriter() {
        this(ROWS_PER_SHEET);
    }

    /** A writer that starts a new sheet after {@code rowsPerSheet} rows (tests use a few). */
    XlsxTableWriter(int rowsPerSheet) {
        this.rowsPerSheet = rowsPerSheet;
    }

    TableResult write(TableLayout layout, MaterialSource source, OutputStream out, String fingerprint) throws IOException {
        List<TableLayout.Column> columns = CsvTableWriter.withFingerprint(layout.columns(), fingerprint);
        int identity = IdentityColumns.count();
        int width = layout.columns().size();
        Cells cells = new Cells(width);
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            if (fingerprint != null) {
                workbook.getXSSFWorkbook().getProperties().getCustomProperties().addProperty(ExportFingerprint.FIELD, fingerprint);
            }
            XlsxStyles styles = new XlsxStyles(workbook);
            long[] counts = new long[2];
            SXSSFSheet[] sheet = {newSheet(workbook, 1, columns, styles)};
            int[] rowIndex = {1};
            source.forEach(material -> {
                if (rowIndex[0] > rowsPerSheet) {
                    sheet[0] = newSheet(workbook, workbook.getNumberOfSheets() + 1, columns, styles);
                    rowIndex[0] = 1;
                }
                layout.fill(material, cells);
                Row row = sheet[0].createRow(rowIndex[0]++);
                identity(row, material, styles);
                for (int i = identity; i < width; i++) {
                    int n = cells.count(i);
                    if (n == 0) {
                        continue;
                    }
                    boolean number = columns.get(i).type() == TableLayout.Type.NUMBER;
                    if (n == 1 && number) {
                        row.createCell(i).setCellValue(cells.number(i, 0));
                    } else {
                        text(row, i, cells.joined(i, number));
                    }
                }
                if (fingerprint != null) {
                    row.createCell(width).setCellValue(fingerprint);
                }
                counts[0]++;
                counts[1] += cells.outside;
            });
            // widths last: POI looks a cell's column up among the sheet's column definitions for every cell it writes,
            // which made 36 columns with widths 5x slower
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                for (int i = 0; i < columns.size(); i++) {
                    workbook.getSheetAt(s).setColumnWidth(i, Math.min(50, Math.max(10, columns.get(i).name().length() + 2)) * 256);
                }
            }
            workbook.write(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    this.out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();   // the ZIP entry is closed by its owner
                }
            });
            return new TableResult(columns, counts[0], counts[1]);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static void identity(Row row, MaterialFacts m, XlsxStyles styles) {
        for (int i = 0; i < IdentityColumns.count(); i++) {
            switch (i) {
                case IdentityColumns.DATE -> {
                    if (m.date() != null) {
                        Cell cell = row.createCell(i);
                        cell.setCellValue(m.date());
                        cell.setCellStyle(styles.date);
                    }
                }
                case IdentityColumns.CREATED -> {
                    if (m.created() != null) {
                        Cell cell = row.createCell(i);
                        cell.setCellValue(LocalDateTime.ofInstant(m.created(), ZoneOffset.UTC));
                        cell.setCellStyle(styles.time);
                    }
                }
                case IdentityColumns.INTERMEDIATE -> row.createCell(i).setCellValue(m.intermediate());
                default -> text(row, i, IdentityColumns.text(m, i));
            }
        }
    }

    private static void text(Row row, int column, String text) {
        if (text != null) {
            row.createCell(column).setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text);
        }
    }

    private static SXSSFSheet newSheet(SXSSFWorkbook workbook, int number, List<TableLayout.Column> columns, XlsxStyles styles) {
        SXSSFSheet sheet = workbook.createSheet(number == 1 ? SHEET : SHEET + " " + number);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).name());
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }
}
