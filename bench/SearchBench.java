import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ten representative questions of the search benchmark (issue 4) through GET /api/search, the
 * same questions bench/search-sql.sql asks PostgreSQL by hand. Each runs WARMUPS + RUNS times
 * without facets (comparable with the SQL peer: count + first page of 50) and again with the five
 * default facets; prints total, p50 and p95 in ms (nearest rank, as bench/SqlPeer.java). Given the
 * SQL peer's answers and timings of the same run, it compares every total (and the first 50 ids,
 * and q10's institution counts) with the peer's and prints ratio = SQL p50 / MatBank p50 (how many
 * times faster MatBank answers; plain questions, q10 with its one facet). Every question is
 * restricted to kind = "material_run", so that totals count what the peer counts. Then, with
 * --export, it exports every material run as CSV and as Parquet and prints records/s; with --pages
 * it also times the same questions as web pages (GET /search).
 *
 * <pre>
 *   java -cp target/classes:$(cat target/bench-classpath.txt) bench/SearchBench.java http://localhost:PORT
 *        [--runs 30] [--warmups 3] [--sql-answers F.sql-answers.tsv --sql-timings F.sql-timings.tsv]
 *        [--results F.matbank.tsv] [--export] [--pages]
 * </pre>
 * Time = one request's wall time in this JVM, body read in full (java.net.http, HTTP/1.1, one
 * connection kept alive, requests one after another). It includes HTTP and JSON encoding.
 */
public class SearchBench {

    static final String RUN = "kind = \"material_run\"";
    static final String TENSILE = "property.\"tensile strength\" >= 1.2 GPa";
    static final String CHROMIUM = "composition.Cr BETWEEN 0.5 wt% AND 2 wt%";
    static final String TEMPERING = "parameter.\"tempering temperature\" BETWEEN 400 degC AND 600 degC";
    static final String DEFAULT_FACETS = "family,template,institution,element,property";

    record Question(String name, String filter, String text, String sort) {

        String id() {
            return name.substring(0, 3);
        }
    }

    static final List<Question> QUESTIONS = List.of(
            new Question("q01 tensile strength >= 1.2 GPa", TENSILE, null, null),
            new Question("q02 composition Cr 0.5..2 wt%", CHROMIUM, null, null),
            new Question("q03 elements Cr, Mo; <= 6 components", "elements HAS ALL \"Cr\",\"Mo\" AND nelements <= 6", null, null),
            new Question("q04 tempering 400..600 degC", TEMPERING, null, null),
            new Question("q05 text 인장강도", null, "인장강도", null),
            new Question("q06 q01 and institution KIMS", TENSILE + " AND institution = \"KIMS\"", null, null),
            new Question("q07 q04 and q02", TEMPERING + " AND " + CHROMIUM, null, null),
            new Question("q08 yield 500..800 MPa by tensile desc", "property.\"yield strength\" BETWEEN 500 MPa AND 800 MPa",
                    null, "property.\"tensile strength\" desc"),
            new Question("q09 test 20 degC and elongation >= 15 %",
                    "condition.\"test temperature\" = 20 degC AND property.elongation >= 15 %", null, null),
            new Question("q10 q01 with institution facet", TENSILE, null, null));

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--export") || args[i].equals("--pages")) {
                o.put(args[i].substring(2), "true");
            } else {
                o.put(args[i].replaceFirst("^--", ""), args[++i]);
            }
        }
        int runs = Integer.parseInt(o.getOrDefault("runs", "30"));
        int warmups = Integer.parseInt(o.getOrDefault("warmups", "3"));
        Map<String, String[]> sqlAnswers = tsv(o.get("sql-answers"));
        Map<String, String[]> sqlTimings = tsv(o.get("sql-timings"));

        JsonNode status = JSON.readTree(get(base + "/api/search/status").body());
        System.out.println("# MatBank search over HTTP: " + QUESTIONS.size() + " questions, " + warmups + " warm-ups + " + runs
                + " timed runs each, plain and with facets " + DEFAULT_FACETS + "; index " + status);
        System.out.println("# load before: " + Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.printf(Locale.ROOT, "%-40s %8s %8s %-5s %-5s | %7s %7s | %7s %7s | %8s %8s | %7s %9s%n",
                "question (material runs only)", "total", "SQL n", "same", "ids", "p50 ms", "p95 ms", "p50+fac", "p95+fac",
                "SQL p50", "SQL p95", "ratio", "KB/answer");
        List<String> results = new ArrayList<>();
        results.add("q\ttotal\tsql_count\tsame_total\tsame_first_ids\tp50_ms\tp95_ms\tp50_facets_ms\tp95_facets_ms"
                + "\tsql_p50_ms\tsql_p95_ms\tratio_sql_p50_over_matbank_p50\tbytes_plain\tbytes_facets");
        for (Question q : QUESTIONS) {
            boolean q10 = q.id().equals("q10");
            String plain = url(base, q, q10 ? "institution" : "");
            String faceted = url(base, q, DEFAULT_FACETS);
            HttpResponse<String> first = get(plain);
            JsonNode answer = JSON.readTree(first.body());
            long total = answer.path("total").asLong();
            int bytesPlain = first.body().getBytes(StandardCharsets.UTF_8).length;
            int bytesFaceted = get(faceted).body().getBytes(StandardCharsets.UTF_8).length;

            String[] sql = sqlAnswers.get(q.id());
            String sameTotal = "-";
            String sameIds = "-";
            if (sql != null) {
                sameTotal = Long.parseLong(sql[1]) == total ? "yes" : "NO";
                List<String> ids = new ArrayList<>();
                answer.path("hits").values().forEach(h -> ids.add(h.path("id").asString()));
                List<String> sqlIds = sql.length > 2 && !sql[2].isEmpty() ? Arrays.asList(sql[2].split(",")) : List.of();
                // q05 is ordered by relevance (words), the peer by id: only the total compares
                sameIds = q.text() != null ? "n/a" : ids.equals(sqlIds) ? "yes" : "NO";
                if (q10 && sql.length > 3) {
                    Map<String, Long> counts = new TreeMap<>();
                    answer.path("facets").path("institution").values()
                            .forEach(f -> counts.put(f.path("value").asString(), f.path("count").asLong()));
                    Map<String, Long> sqlCounts = new TreeMap<>();
                    JSON.readTree(sql[3]).properties().forEach(e -> sqlCounts.put(e.getKey(), e.getValue().asLong()));
                    if (!counts.equals(sqlCounts)) {
                        sameIds += ",facet NO";
                        System.out.println("# q10 institution counts differ: MatBank " + counts + ", SQL " + sqlCounts);
                    }
                }
            }
            double[] a = time(plain, runs, warmups);
            double[] b = time(faceted, runs, warmups);
            String[] t = sqlTimings.get(q.id());
            double sqlP50 = t == null ? Double.NaN : Double.parseDouble(t[2]);
            double sqlP95 = t == null ? Double.NaN : Double.parseDouble(t[3]);
            double ratio = sqlP50 / a[0];
            System.out.printf(Locale.ROOT, "%-40s %8d %8s %-5s %-5s | %7.1f %7.1f | %7.1f %7.1f | %8.1f %8.1f | %7.1f %9.1f%n",
                    q.name(), total, sql == null ? "-" : sql[1], sameTotal, sameIds, a[0], a[1], b[0], b[1], sqlP50, sqlP95,
                    ratio, bytesPlain / 1024.0);
            results.add(String.join("\t", q.id(), Long.toString(total), sql == null ? "" : sql[1], sameTotal, sameIds,
                    f(a[0]), f(a[1]), f(b[0]), f(b[1]), f(sqlP50), f(sqlP95), f(ratio), Integer.toString(bytesPlain),
                    Integer.toString(bytesFaceted)));
        }
        System.out.println("# load after the questions: " + Files.readString(Path.of("/proc/loadavg")).trim());
        if (o.containsKey("results")) {
            Files.write(Path.of(o.get("results")), results);
        }
        if (o.containsKey("pages")) {
            pages(base, runs, warmups);
        }
        if (o.containsKey("export")) {
            for (String format : List.of("csv", "parquet")) {
                export(base, format);
            }
            System.out.println("# load after the exports: " + Files.readString(Path.of("/proc/loadavg")).trim());
        }
    }

    /**
     * GET /api/search/export of every material run: records/s from the request to the last byte of
     * the ZIP. The ZIP is kept in a temporary file and opened after the clock stops: a cut-off
     * stream has no central directory and fails there, and the manifest's record count is checked
     * against X-Record-Count.
     */
    static void export(String base, String format) throws Exception {
        String url = base + "/api/search/export?format=" + format + "&filter=" + enc(RUN);
        Path file = Files.createTempFile("search-export", ".zip");
        long start = System.nanoTime();
        HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        double headers = (System.nanoTime() - start) / 1e9;
        long bytes = 0;
        try (InputStream in = r.body(); var out = Files.newOutputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                out.write(buf, 0, n);
                bytes += n;
            }
        } catch (java.io.IOException cut) {
            System.out.println("# export " + format + " stream broken: " + cut);
        }
        double s = (System.nanoTime() - start) / 1e9;
        long records = Long.parseLong(r.headers().firstValue("X-Record-Count").orElse("-1"));
        String check;
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            var manifest = zip.getEntry("manifest.json");
            String text = new String(zip.getInputStream(manifest).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            var m = java.util.regex.Pattern.compile("\"record_count\"\\s*:\\s*(\\d+)").matcher(text);
            check = m.find() ? "complete, manifest says " + m.group(1) + " records" : "complete, no record count in manifest";
        } catch (Exception broken) {
            check = "INCOMPLETE (" + broken.getMessage() + ")";
        } finally {
            Files.deleteIfExists(file);
        }
        System.out.printf(Locale.ROOT, "export %-8s status %d: %d records, %.1f MB (ZIP) in %.1f s (headers after %.1f s) = %.0f records/s; ZIP %s%n",
                format, r.statusCode(), records, bytes / 1e6, s, headers, records / s, check);
    }

    /**
     * The same questions as a researcher asks them in the web application: GET /search, the whole
     * HTML page with the five default facets, the table and the Ashby chart's data (the page asks
     * for up to 1,000 materials, the API question above for 50). The peer is MatBank's own API
     * answer with facets, timed again here so that both share this moment's load.
     */
    static void pages(String base, int runs, int warmups) throws Exception {
        System.out.println("# the search page (GET /search, HTML): " + warmups + " warm-ups + " + runs + " timed runs each");
        System.out.printf(Locale.ROOT, "%-40s | %7s %7s | %7s %7s | %6s | %9s%n", "question (material runs only)",
                "API p50", "API p95", "page p50", "page p95", "ratio", "KB/page");
        for (Question q : QUESTIONS) {
            String api = url(base, q, DEFAULT_FACETS);
            Map<String, String> p = new LinkedHashMap<>();
            p.put("filter", q.filter() == null ? RUN : RUN + " AND " + q.filter());
            if (q.text() != null) {
                p.put("text", q.text());
            }
            String page = base + "/search?" + String.join("&", p.entrySet().stream().map(e -> e.getKey() + "=" + enc(e.getValue())).toList());
            HttpResponse<String> first = get(page);
            if (first.statusCode() != 200) {
                throw new IllegalStateException(page + " answered " + first.statusCode());
            }
            double[] a = time(api, runs, warmups);
            double[] b = time(page, runs, warmups);
            System.out.printf(Locale.ROOT, "%-40s | %7.1f %7.1f | %7.1f %7.1f | %6.1f | %9.1f%n", q.name(), a[0], a[1], b[0], b[1],
                    b[0] / a[0], first.body().getBytes(StandardCharsets.UTF_8).length / 1024.0);
        }
        System.out.println("# ratio = page p50 / API p50 (how much longer the page takes than the API answer with facets)");
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A TSV file by its first column; empty when not given. */
    static Map<String, String[]> tsv(String file) throws Exception {
        Map<String, String[]> rows = new LinkedHashMap<>();
        if (file != null) {
            for (String line : Files.readAllLines(Path.of(file))) {
                String[] cells = line.split("\t", -1);
                rows.put(cells[0], cells);
            }
        }
        return rows;
    }

    static String url(String base, Question q, String facets) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("filter", q.filter() == null ? RUN : RUN + " AND " + q.filter());
        if (q.text() != null) {
            p.put("text", q.text());
        }
        if (q.sort() != null) {
            p.put("sort", q.sort());
        }
        p.put("facets", facets);
        p.put("limit", "50");
        StringBuilder s = new StringBuilder(base).append("/api/search?");
        p.forEach((k, v) -> s.append(k).append('=').append(enc(v)).append('&'));
        return s.toString();
    }

    static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    /** p50 and p95 (nearest rank) of the wall time of one request, in ms. */
    static double[] time(String url, int runs, int warmups) throws Exception {
        for (int i = 0; i < warmups; i++) {
            get(url);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            get(url);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {rank(ms, 0.50), rank(ms, 0.95)};
    }

    static double rank(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
