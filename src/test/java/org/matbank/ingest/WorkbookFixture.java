package org.matbank.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills a generated workbook the way a researcher would: by sheet, Excel row number and column header. */
final class WorkbookFixture implements AutoCloseable {

    final XSSFWorkbook workbook;

    WorkbookFixture(byte[] generated) {
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(generated));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the cell in Excel row {@code excelRow} (1-based) under the header that starts with {@code header}. */
    WorkbookFixture set(String sheetName, int excelRow, String header, Object value) {
        Sheet sheet = workbook.getSheet(sheetName);
        Row row = sheet.getRow(excelRow - 1) == null ? sheet.createRow(excelRow - 1) : sheet.getRow(excelRow - 1);
        Cell cell = row.createCell(column(sheet, header));
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(String.valueOf(value));
        }
        return this;
    }

    /** The index of the column whose header equals {@code header}. */
    static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalArgumentException("no column '" + header + "' on sheet " + sheet.getSheetName());
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
