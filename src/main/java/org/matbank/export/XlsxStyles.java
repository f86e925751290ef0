package org.matbank.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The cell styles of an exported workbook, made once per workbook (Excel caps a workbook's styles). */
final class XlsxStyles {

    final CellStyle header;
    final CellStyle date;
    final CellStyle time;

    XlsxStyles(SXSSFWorkbook workbook) {
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        time = workbook.createCellStyle();
        time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
    }
}
