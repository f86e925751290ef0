import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.matbank.shared.storage.EmbeddedDatabase;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The raw-COPY peer of the bulk-ingest benchmark. On the data dir of a finished `matbank import`:
 * for each of the five history tables, COPY its rows out to a file (untimed), create an empty
 * `<table>_copy (like <table> including all)` (untimed), then time `COPY <table>_copy FROM STDIN`
 * of those exact rows, all five tables in one transaction, commit included. Prints one line per
 * table and a total; drops the copies afterwards and stops the embedded server cleanly.
 *
 *   java -cp target/classes:$(cat /tmp/bench-cp.txt) bench/CopyPeer.java DATA_DIR
 */
public class CopyPeer {

    static final List<String> TABLES = List.of("record_object", "record_version", "record_uid", "history_edge", "attribute_value");

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        Path dumps = dir.resolve("copy-peer");
        Files.createDirectories(dumps);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("postgres"), false);
             Connection c = DriverManager.getConnection(db.jdbcUrl())) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long[] rows = new long[TABLES.size()];
            long[] bytes = new long[TABLES.size()];
            for (int i = 0; i < TABLES.size(); i++) {
                String t = TABLES.get(i);
                Path f = dumps.resolve(t + ".copy");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 20)) {
                    rows[i] = copy.copyOut("COPY " + t + " TO STDOUT", out);
                }
                bytes[i] = Files.size(f);
            }
            try (Statement s = c.createStatement()) {
                for (String t : TABLES) {
                    s.execute("drop table if exists " + t + "_copy");
                    s.execute("create table " + t + "_copy (like " + t + " including all)");
                }
            }
            c.setAutoCommit(false);
            long[] nanos = new long[TABLES.size()];
            long start = System.nanoTime();
            for (int i = 0; i < TABLES.size(); i++) {
                String t = TABLES.get(i);
                long t0 = System.nanoTime();
                try (InputStream in = new BufferedInputStream(Files.newInputStream(dumps.resolve(t + ".copy")), 1 << 20)) {
                    long n = copy.copyIn("COPY " + t + "_copy FROM STDIN", in);
                    if (n != rows[i]) {
                        throw new IllegalStateException(t + ": copied " + n + " of " + rows[i] + " rows");
                    }
                }
                nanos[i] = System.nanoTime() - t0;
            }
            long beforeCommit = System.nanoTime();
            c.commit();
            long end = System.nanoTime();
            long total = 0;
            for (int i = 0; i < TABLES.size(); i++) {
                total += rows[i];
                System.out.printf(Locale.ROOT, "copy %-16s %10d rows %8.1f MB %8.2f s%n", TABLES.get(i), rows[i], bytes[i] / 1e6, nanos[i] / 1e9);
            }
            System.out.printf(Locale.ROOT, "copy commit %.2f s%n", (end - beforeCommit) / 1e9);
            System.out.printf(Locale.ROOT, "copy total rows %d%n", total);
            System.out.printf(Locale.ROOT, "copy total seconds %.2f%n", (end - start) / 1e9);
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (String t : TABLES) {
                    s.execute("drop table " + t + "_copy");
                }
            }
        }
        for (String t : TABLES) {
            Files.deleteIfExists(dumps.resolve(t + ".copy"));
        }
        Files.deleteIfExists(dumps);
    }
}
