package org.matbank.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.matbank.search.MaterialFacts;

/**
 * A table as Parquet (zstd), written by DuckDB: an in-memory DuckDB gets a typed table made from
 * the layout, rows go in through DuckDB's appender, {@code COPY (SELECT ... ORDER BY row) TO}
 * writes a temporary Parquet file, and that file is streamed out and deleted. DuckDB spills to
 * the temporary folder when its tables outgrow {@value #MEMORY_LIMIT}, so the rows are held
 * neither by the JVM nor all in memory.
 *
 * <p>Types: id and the other identity text as VARCHAR (a readable id in pandas, where a Parquet
 * UUID comes back as bytes), date as DATE, created as TIMESTAMP WITH TIME ZONE (UTC), intermediate
 * as BOOLEAN, numbers as DOUBLE (SI, or percent for compositions), text as VARCHAR.
 *
 * <p>Several values on one column for one material (two measurements of a property, say): the
 * column keeps the <em>first</em> value (the material's own before its spec's and its
 * measurements', in {@link MaterialFacts} order), so that it stays a plain DOUBLE or VARCHAR
 * column that pandas, DuckDB and model training read as it is; and a list column
 * {@code "<column> (all)"} (DOUBLE[] or VARCHAR[]) follows it with every value of every row (a
 * one-element list where there is one value, null where none), only for the columns where some
 * material has more than one. A data scientist thus trains on scalar columns, sees in the schema
 * which columns had repeats, and can average or choose from the list. A list for every column
 * instead would make every cell an array to unpack (an object column in pandas) for the common
 * case of one value.
 *
 * <p>A marked export's fingerprint is the file's key-value metadata {@value ExportFingerprint#FIELD}
 * (read back with DuckDB's {@code parquet_kv_metadata}); not a column, because Parquet columns are
 * what models train on (docs/adr/0008).
 */
final class ParquetTableWriter {

    static final String MEMORY_LIMIT = "512MB";
    static final String ALL = " (all)";
    /** DuckDB threads per export: two write Parquet row groups in parallel without taking a big server's every core. */
    static final int THREADS = 2;

    TableResult write(TableLayout layout, MaterialSource source, OutputStream out, String fingerprint) throws IOException {
        Path folder = Files.createTempDirectory("matbank-parquet");
        try {
            Path file = folder.resolve("records.parquet");
            TableResult result = writeFile(layout, source, folder, file, fingerprint);
            Files.copy(file, out);
            return result;
        } catch (SQLException e) {
            throw new IOException("DuckDB could not write the Parquet file: " + e.getMessage(), e);
        } finally {
            delete(folder);
        }
    }

    private TableResult writeFile(TableLayout layout, MaterialSource source, Path folder, Path file, String fingerprint)
            throws SQLException {
        List<TableLayout.Column> columns = layout.columns();
        int identity = IdentityColumns.count();
        int width = columns.size();
        boolean[] isNumber = new boolean[width];
        for (int i = 0; i < width; i++) {
            isNumber[i] = columns.get(i).type() == TableLayout.Type.NUMBER;
        }
        boolean[] several = new boolean[width];
        long[] counts = new long[2];
        try (DuckDBConnection duck = (DuckDBConnection) new DuckDBDriver().connect("jdbc:duckdb:", new Properties())) {
            try (Statement sql = duck.createStatement()) {
                sql.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
                sql.execute("SET temp_directory = " + literal(folder.resolve("spill").toString()));
                sql.execute("SET threads = " + THREADS);
                sql.execute("SET preserve_insertion_order = true");   // a plain scan writes the rows in the order appended
                sql.execute(createTable(columns));
                // the values of cells with several: few rows, so the table of rows stays scalar (list columns
                // in it, null nearly everywhere, made appending three times slower)
                sql.execute("CREATE TABLE repeats (n BIGINT, col INTEGER, pos INTEGER, num DOUBLE, txt VARCHAR)");
            }
            Cells cells = new Cells(width);
            try (DuckDBAppender rows = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "records");
                    DuckDBAppender repeats = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "repeats")) {
                source.forEach(material -> {
                    layout.fill(material, cells);
                    long n = counts[0];
                    try {
                        rows.beginRow();
                        rows.append(n);
                        identity(rows, material);
                        for (int i = identity; i < width; i++) {
                            int count = cells.count(i);
                            if (count == 0) {
                                rows.appendNull();
                            } else if (isNumber[i]) {
                                rows.append(cells.number(i, 0));
                            } else {
                                rows.append(cells.text(i, 0));
                            }
                            if (count > 1) {
                                several[i] = true;
                                for (int k = 0; k < count; k++) {
                                    repeats.beginRow().append(n).append(i).append(k);
                                    if (isNumber[i]) {
                                        repeats.append(cells.number(i, k)).appendNull();
                                    } else {
                                        repeats.appendNull().append(cells.text(i, k));
                                    }
                                    repeats.endRow();
                                }
                            }
                        }
                        rows.endRow();
                    } catch (SQLException e) {
                        throw new IllegalStateException("DuckDB refused a row: " + e.getMessage(), e);
                    }
                    counts[0]++;
                    counts[1] += cells.outside;
                });
            }
            List<TableLayout.Column> written = new ArrayList<>();
            List<String> lists = new ArrayList<>();
            List<String> select = new ArrayList<>();
            StringBuilder from = new StringBuilder(" FROM records r");
            Set<String> taken = new HashSet<>();
            columns.forEach(c -> taken.add(c.name().toLowerCase(Locale.ROOT)));
            for (int i = 0; i < width; i++) {
                TableLayout.Column c = columns.get(i);
                written.add(c);
                // the id is kept as UUID (16 bytes, no string through JNI) and written as text
                select.add((i == IdentityColumns.ID ? "CAST(r.c" + i + " AS VARCHAR)" : "r.c" + i) + " AS " + identifier(c.name()));
                if (several[i]) {
                    String name = c.name() + ALL;
                    for (int k = 2; !taken.add(name.toLowerCase(Locale.ROOT)); k++) {
                        name = c.name() + ALL + " " + k;
                    }
                    written.add(new TableLayout.Column(name, isNumber[i] ? TableLayout.Type.NUMBER_LIST : TableLayout.Type.TEXT_LIST,
                            c.unit()));
                    String value = isNumber[i] ? "num" : "txt";
                    lists.add("a" + i + " AS (SELECT n, list(" + value + " ORDER BY pos) AS v FROM repeats WHERE col = " + i
                            + " GROUP BY n)");
                    select.add("CASE WHEN a" + i + ".v IS NOT NULL THEN a" + i + ".v WHEN r.c" + i + " IS NOT NULL THEN [r.c" + i
                            + "] END AS " + identifier(name));
                    from.append(" LEFT JOIN a").append(i).append(" ON a").append(i).append(".n = r.n");
                }
            }
            String query = (lists.isEmpty() ? "" : "WITH " + String.join(", ", lists) + " ")
                    + "SELECT " + String.join(", ", select) + from + (lists.isEmpty() ? "" : " ORDER BY r.n");   // joins may reorder
            try (Statement sql = duck.createStatement()) {
                sql.execute("COPY (" + query + ") TO " + literal(file.toString()) + " (FORMAT parquet, COMPRESSION zstd"
                        + (fingerprint == null ? "" : ", KV_METADATA {" + ExportFingerprint.FIELD + ": " + literal(fingerprint) + "}")
                        + ")");
            }
            return new TableResult(written, counts[0], counts[1]);
        }
    }

    private static void identity(DuckDBAppender appender, MaterialFacts m) throws SQLException {
        for (int i = 0; i < IdentityColumns.count(); i++) {
            switch (i) {
                case IdentityColumns.DATE -> {
                    if (m.date() == null) {
                        appender.appendNull();
                    } else {
                        appender.append(m.date());
                    }
                }
                case IdentityColumns.CREATED -> {
                    if (m.created() == null) {
                        appender.appendNull();
                    } else {
                        appender.appendEpochMicros(micros(m.created()));
                    }
                }
                case IdentityColumns.INTERMEDIATE -> appender.append(m.intermediate());
                case IdentityColumns.ID -> {
                    if (m.id() == null) {
                        appender.appendNull();
                    } else {
                        appender.append(m.id());
                    }
                }
                default -> {
                    String text = IdentityColumns.text(m, i);
                    if (text == null) {
                        appender.appendNull();
                    } else {
                        appender.append(text);
                    }
                }
            }
        }
    }

    private static String createTable(List<TableLayout.Column> columns) {
        List<String> definitions = new ArrayList<>();
        definitions.add("n BIGINT");
        for (int i = 0; i < columns.size(); i++) {
            definitions.add("c" + i + " " + (i == IdentityColumns.ID ? "UUID" : switch (columns.get(i).type()) {
                case NUMBER -> "DOUBLE";
                case BOOLEAN -> "BOOLEAN";
                case DATE -> "DATE";
                case TIMESTAMP -> "TIMESTAMPTZ";
                default -> "VARCHAR";
            }));
        }
        return "CREATE TABLE records (" + String.join(", ", definitions) + ")";
    }

    private static long micros(Instant time) {
        return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000L), time.getNano() / 1_000);
    }

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
