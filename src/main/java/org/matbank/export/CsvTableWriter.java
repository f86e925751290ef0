package org.matbank.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as CSV (RFC 4180: comma, double quotes, CRLF), UTF-8 with a byte order mark so that
 * Excel shows Korean. A cell with several values joins them with {@code "; "}; an empty cell is
 * a value that is not known. Numbers are SI values as Java writes doubles, whole numbers without
 * ".0". Written row by row: memory holds one row.
 *
 * <p>A marked export ends every row with the column {@value ExportFingerprint#FIELD} holding its
 * fingerprint: CSV has no metadata, a comment line breaks pandas and spreadsheet imports, and a
 * value on every row stays with any subset of rows copied elsewhere (docs/adr/0008).
 */
final class CsvTableWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvTableWriter() {
    }

    static TableResult write(TableLayout layout, MaterialSource source, OutputStream out, String fingerprint) throws IOException {
        out.write(BOM);
        List<TableLayout.Column> columns = layout.columns();
        List<TableLayout.Column> written = withFingerprint(columns, fingerprint);
        int identity = IdentityColumns.count();
        int width = columns.size();
        boolean[] isNumber = new boolean[width];
        for (int i = 0; i < width; i++) {
            isNumber[i] = columns.get(i).type() == TableLayout.Type.NUMBER;
        }
        Cells cells = new Cells(width);
        long[] counts = new long[2];
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).bufferSize(1 << 16)
                .build(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        this.out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();   // the ZIP entry is closed by its owner
                    }
                }, StandardCharsets.UTF_8)) {
            csv.writeRecord(written.stream().map(TableLayout.Column::name).toList());
            source.forEach(material -> {
                layout.fill(material, cells);
                CsvWriter.CsvWriterRecord row = csv.writeRecord();
                for (int i = 0; i < identity; i++) {
                    row.writeField(orEmpty(IdentityColumns.text(material, i)));
                }
                for (int i = identity; i < width; i++) {
                    row.writeField(orEmpty(cells.joined(i, isNumber[i])));
                }
                if (fingerprint != null) {
                    row.writeField(fingerprint);
                }
                row.endRecord();
                counts[0]++;
                counts[1] += cells.outside;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new TableResult(written, counts[0], counts[1]);
    }

    /** The layout's columns, and the fingerprint's last when there is one (CSV and XLSX). */
    static List<TableLayout.Column> withFingerprint(List<TableLayout.Column> columns, String fingerprint) {
        if (fingerprint == null) {
            return columns;
        }
        List<TableLayout.Column> all = new ArrayList<>(columns);
        all.add(new TableLayout.Column(ExportFingerprint.FIELD, TableLayout.Type.TEXT, null));
        return List.copyOf(all);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
