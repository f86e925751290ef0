import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The SQL peer of the search benchmark: runs each hand-written query of bench/search-sql.sql
 * (statements split at the "-- name: qNN label" lines) 3 times to warm up, then 30 times timed,
 * one query after the other on one connection, and prints p50 and p95 (nearest rank) per query in
 * milliseconds, with the count each query found and its first id. Time = executeQuery plus reading
 * the one result row, measured in this JVM (so it includes the round trip over localhost).
 *
 *   java -cp target/classes:$(cat /tmp/cp.txt) bench/SqlPeer.java --data-dir DIR [--runs 30] [--warmups 3]
 *        [--only q01,q05] [--sql bench/search-sql.sql] [--explain FILE] [--results FILE] [--timings FILE] [--work-mem 64MB]
 *   (or --jdbc URL [--user U --password P] instead of --data-dir of a running MatBank)
 *
 * The session runs with work_mem 64MB (PostgreSQL's default 4MB makes the bitmap heap scans of
 * the range filters lossy at 1 M materials: about 20 % slower); everything else is the server's
 * configuration, JIT and parallel workers included.
 * --explain FILE writes EXPLAIN (ANALYZE, BUFFERS) of every query (run once more, untimed) to FILE;
 * --results FILE writes name, count, the first 50 ids (and q10's facet) as TSV, to compare with
 * MatBank's answers to the same questions; --timings FILE writes name, count, p50, p95, min and max
 * (ms) as TSV, from which bench/SearchBench.java computes the ratio to MatBank in the same run.
 */
public class SqlPeer {

    record Query(String name, String label, String sql) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int runs = Integer.parseInt(o.getOrDefault("runs", "30"));
        int warmups = Integer.parseInt(o.getOrDefault("warmups", "3"));
        Path sqlFile = Path.of(o.getOrDefault("sql", "bench/search-sql.sql"));
        List<Query> queries = parse(Files.readString(sqlFile));
        if (o.containsKey("only")) {
            Set<String> only = Set.of(o.get("only").split(","));
            queries = queries.stream().filter(q -> only.contains(q.name())).toList();
        }
        String url = o.get("jdbc");
        if (url == null) {
            Path pid = Path.of(o.getOrDefault("data-dir", "."), "postgres", "postmaster.pid");
            url = "jdbc:postgresql://localhost:" + Files.readAllLines(pid).get(3).trim() + "/matbank?user=postgres";
        }
        try (Connection c = o.containsKey("user") ? DriverManager.getConnection(url, o.get("user"), o.get("password"))
                : DriverManager.getConnection(url)) {
            String workMem = o.getOrDefault("work-mem", "64MB");
            try (Statement s = c.createStatement()) {
                s.execute("set work_mem = '" + workMem.replace("'", "") + "'");
            }
            System.out.println("# SQL peer: " + queries.size() + " queries from " + sqlFile + ", " + warmups + " warm-ups + "
                    + runs + " timed runs each, work_mem " + workMem + "; " + url);
            System.out.println("# " + counts(c));
            System.out.println("# load before: " + Files.readString(Path.of("/proc/loadavg")).trim());
            if (o.containsKey("explain")) {
                explain(c, queries, Path.of(o.get("explain")));
            }
            System.out.printf(Locale.ROOT, "%-4s %-58s %9s %9s %9s %9s %9s%n", "q", "query", "matches", "p50 ms", "p95 ms", "min ms", "max ms");
            List<String> results = new ArrayList<>();
            List<String> timings = new ArrayList<>();
            for (Query q : queries) {
                String[] answer = null;
                for (int i = 0; i < warmups; i++) {
                    answer = run(c, q);
                }
                double[] ms = new double[runs];
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    answer = run(c, q);
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                }
                Arrays.sort(ms);
                System.out.printf(Locale.ROOT, "%-4s %-58s %9s %9.1f %9.1f %9.1f %9.1f%n", q.name(), q.label(), answer[0],
                        rank(ms, 0.50), rank(ms, 0.95), ms[0], ms[ms.length - 1]);
                results.add(q.name() + "\t" + answer[0] + "\t" + answer[1] + (answer[2] == null ? "" : "\t" + answer[2]));
                timings.add(String.format(Locale.ROOT, "%s\t%s\t%.1f\t%.1f\t%.1f\t%.1f", q.name(), answer[0],
                        rank(ms, 0.50), rank(ms, 0.95), ms[0], ms[ms.length - 1]));
            }
            System.out.println("# load after: " + Files.readString(Path.of("/proc/loadavg")).trim());
            if (o.containsKey("results")) {
                Files.write(Path.of(o.get("results")), results);
            }
            if (o.containsKey("timings")) {
                Files.write(Path.of(o.get("timings")), timings);
            }
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static double rank(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    static List<Query> parse(String text) {
        List<Query> queries = new ArrayList<>();
        String name = null;
        String label = null;
        StringBuilder sql = new StringBuilder();
        for (String line : (text + "\n-- name: end").split("\n")) {
            if (line.startsWith("-- name: ")) {
                if (name != null) {
                    queries.add(new Query(name, label, sql.toString().trim().replaceFirst(";\\s*$", "")));
                }
                String rest = line.substring("-- name: ".length()).trim();
                int space = rest.indexOf(' ');
                name = space < 0 ? rest : rest.substring(0, space);
                label = space < 0 ? "" : rest.substring(space + 1);
                sql.setLength(0);
            } else if (name != null && !line.startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        return queries;
    }

    /** count, first ids (comma separated), facet (or null). */
    static String[] run(Connection c, Query q) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(q.sql())) {
            rs.next();
            long n = rs.getLong(1);
            Array first = rs.getArray(2);
            Object[] ids = (Object[]) first.getArray();
            String facet = rs.getMetaData().getColumnCount() > 2 ? rs.getString(3) : null;
            return new String[] {Long.toString(n), String.join(",", Arrays.stream(ids).map(String::valueOf).toList()), facet};
        }
    }

    static void explain(Connection c, List<Query> queries, Path file) throws Exception {
        List<String> out = new ArrayList<>();
        for (Query q : queries) {
            out.add("-- " + q.name() + " " + q.label());
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("explain (analyze, buffers) " + q.sql())) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            out.add("");
        }
        Files.write(file, out);
        System.out.println("# plans written to " + file);
    }

    static String counts(Connection c) throws Exception {
        Map<String, Long> kinds = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select kind, count(*) from record_object group by kind order by kind")) {
            while (rs.next()) {
                kinds.put(rs.getString(1), rs.getLong(2));
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
            rs.next();
            return "objects by kind " + kinds + ", database " + rs.getString(1);
        }
    }
}
