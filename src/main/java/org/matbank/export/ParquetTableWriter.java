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
import java.util.Arrays;
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
 * the layout, rows go in through DuckDB's appender, {@code COPY ... TO} writes a temporary
 * Parquet file, and that file is streamed out and deleted. DuckDB may spill to the temporary
 * directory when the table outgrows {@value #MEMORY_LIMIT}, so the rows are not held by the JVM.
 *
 * <p>Types: id and other identity text as VARCHAR (a readable id in pandas, where a Parquet UUID
 * comes back as bytes), date as DATE, created as TIMESTAMP WITH TIME ZONE (UTC), intermediate as
 * BOOLEAN, numbers as DOUBLE (SI), text as VARCHAR.
 *
 * <p>Several values on one column for one material: the column keeps the <em>first</em> value
 * (the material's own before its spec's and its measurements', in {@link MaterialFacts} order),
 * so that it stays a plain DOUBLE or VARCHAR column that pandas, DuckDB and model training read
 * without unpacking; and a list column {@code "<column> (all)"} (DOUBLE[] or VARCHAR[]) follows it
 * with every value of every row, only for the columns where some material has more than one.
 * A data scientist thus gets scalar columns to train on, sees in the schema which columns had
 * repeats, and can average or pick from the list. A list for every column would make each cell
 * an array to unpack (an object column in pandas) for the common case of one value.
 */
final class ParquetTableWriter {

    static final String MEMORY_LIMIT = "512MB";
    static final String ALL = " (all)";

    TableResult write(TableLayout layout, MaterialSource source, OutputStream out) throws IOException {
        Path folder = Files.createTempDirectory("matbank-parquet");
        try {
            Path file = folder.resolve("records.parquet");
            TableResult result = writeFile(layout, source, folder, file);
            Files.copy(file, out);
            return result;
        } catch (SQLException e) {
            throw new IOException("DuckDB could not write the Parquet file: " + e.getMessage(), e);
        } finally {
            delete(folder);
        }
    }

    private TableResult writeFile(TableLayout layout, MaterialSource source, Path folder, Path file) throws SQLException {
        List<TableLayout.Column> columns = layout.columns();
        int identity = TableLayout.identityColumns();
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
                sql.execute("SET preserve_insertion_order = true");
                sql.execute(createTable(columns, identity));
            }
            Cells cells = new Cells(width);
            try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "records")) {
                source.forEach(material -> {
                    layout.fill(material, cells);
                    try {
                        appender.beginRow();
                        identity(appender, material);
                        for (int i = identity; i < width; i++) {
                            if (cells.count(i) == 0) {
                                appender.appendNull();
                            } else if (isNumber[i]) {
                                appender.append(cells.number(i, 0));
                            } else {
                                appender.append(cells.text(i, 0));
                            }
                        }
                        for (int i = identity; i < width; i++) {
                            if (cells.count(i) < 2) {
                                appender.appendNull();
                            } else {
                                several[i] = true;
                                if (isNumber[i]) {
                                    appender.append(cells.numbers(i));
                                } else {
                                    appender.append(Arrays.asList(cells.texts(i)));
                                }
                            }
                        }
                        appender.endRow();
                    } catch (SQLException e) {
                        throw new IllegalStateException("DuckDB refused a row: " + e.getMessage(), e);
                    }
                    counts[0]++;
                    counts[1] += cells.outside;
                });
            }
            List<TableLayout.Column> written = new ArrayList<>();
            List<String> select = new ArrayList<>();
            Set<String> taken = new HashSet<>();
            columns.forEach(c -> taken.add(c.name().toLowerCase(Locale.ROOT)));
            for (int i = 0; i < width; i++) {
                TableLayout.Column c = columns.get(i);
                written.add(c);
                select.add("c" + i + " AS " + identifier(c.name()));
                if (several[i]) {
                    String name = c.name() + ALL;
                    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                        name = c.name() + ALL + " " + n;
                    }
                    written.add(new TableLayout.Column(name, isNumber[i] ? TableLayout.Type.NUMBER_LIST : TableLayout.Type.TEXT_LIST,
                            c.unit()));
                    select.add("CASE WHEN l" + i + " IS NOT NULL THEN l" + i + " WHEN c" + i + " IS NOT NULL THEN [c" + i
                            + "] END AS " + identifier(name));
                }
            }
            try (Statement sql = duck.createStatement()) {
                sql.execute("COPY (SELECT " + String.join(", ", select) + " FROM records) TO " + literal(file.toString())
                        + " (FORMAT parquet, COMPRESSION zstd)");
            }
            return new TableResult(written, counts[0], counts[1]);
        }
    }

    private static void identity(DuckDBAppender appender, MaterialFacts m) throws SQLException {
        for (int i = 0; i < TableLayout.identityColumns(); i++) {
            switch (i) {
                case TableLayout.DATE -> {
                    if (m.date() == null) {
                        appender.appendNull();
                    } else {
                        appender.append(m.date());
                    }
                }
                case TableLayout.CREATED -> {
                    if (m.created() == null) {
                        appender.appendNull();
                    } else {
                        appender.appendEpochMicros(micros(m.created()));
                    }
                }
                case TableLayout.INTERMEDIATE -> appender.append(m.intermediate());
                default -> {
                    String text = TableLayout.identityText(m, i);
                    if (text == null) {
                        appender.appendNull();
                    } else {
                        appender.append(text);
                    }
                }
            }
        }
    }

    private static String createTable(List<TableLayout.Column> columns, int identity) {
        List<String> definitions = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            definitions.add("c" + i + " " + switch (columns.get(i).type()) {
                case NUMBER -> "DOUBLE";
                case BOOLEAN -> "BOOLEAN";
                case DATE -> "DATE";
                case TIMESTAMP -> "TIMESTAMPTZ";
                default -> "VARCHAR";
            });
        }
        for (int i = identity; i < columns.size(); i++) {
            definitions.add("l" + i + (columns.get(i).type() == TableLayout.Type.NUMBER ? " DOUBLE[]" : " VARCHAR[]"));
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
