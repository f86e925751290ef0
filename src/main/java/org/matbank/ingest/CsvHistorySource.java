package org.matbank.ingest;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/**
 * A CSV (or tab-separated) file read row by row through a {@link CsvMapping}; one history per
 * row. Only the current row is in memory, so a file of any length imports in a small heap.
 */
final class CsvHistorySource implements HistorySource {

    private final CsvMapping mapping;
    private final String fileName;
    private final CountingInputStream counted;
    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private final long size;
    private List<String> columns;

    CsvHistorySource(Path file, String fileName, CsvMapping mapping) {
        this.mapping = mapping;
        this.fileName = fileName;
        try {
            this.size = Files.size(file);
            Charset charset = Encodings.of(file, mapping.encoding());
            this.counted = new CountingInputStream(Files.newInputStream(file));
            this.reader = CsvReader.builder().fieldSeparator(separator(mapping.delimiter())).detectBomHeader(true)
                    .skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true).ofCsvRecord(counted, charset);
            this.records = reader.iterator();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
        this.columns = mapping.header() ? null : mapping.columns();
    }

    @Override
    public SourceUnit next() {
        try {
            if (columns == null) {
                if (!records.hasNext()) {
                    return null;
                }
                columns = records.next().getFields().stream().map(String::trim).toList();
            }
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord record = records.next();
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                cells.put(columns.get(i), i < record.getFieldCount() ? record.getField(i) : null);
            }
            return MappedHistory.build(mapping, new MappedRow(fileName, record.getStartingLineNumber(), cells));
        } catch (UncheckedIOException | de.siegmar.fastcsv.reader.CsvParseException e) {
            throw new InvalidInputException(Problem.MALFORMED, new Violation(fileName, "csv.malformed", null,
                    "the file cannot be read as CSV: " + e.getMessage()));
        }
    }

    @Override
    public long position() {
        return counted.count();
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static char separator(String delimiter) {
        String d = delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab") ? "\t" : delimiter;
        if (d.length() != 1) {
            throw new InvalidInputException(Problem.INVALID, new Violation("mapping.delimiter", "mapping.delimiter", delimiter,
                    "the delimiter is one character, such as , ; or \\t"));
        }
        return d.charAt(0);
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }
}
