import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ten representative questions of the search benchmark (issue 4) through GET /api/search, the
 * same questions bench/search-sql.sql asks PostgreSQL by hand. Each runs WARMUPS + RUNS times
 * without facets (comparable with the SQL peer: count + first page) and again with the five
 * default facets; prints total, p50 and p95 in ms. Then exports every material run as CSV and
 * Parquet and prints records/s.
 *
 *   java bench/SearchBench.java http://localhost:PORT [RUNS] [WARMUPS] [export]
 */
public class SearchBench {

    static final String RUN = "kind = \"material_run\"";
    static final String TENSILE = "property.\"tensile strength\" >= 1.2 GPa";
    static final String CHROMIUM = "composition.Cr BETWEEN 0.5 wt% AND 2 wt%";
    static final String TEMPERING = "parameter.\"tempering temperature\" BETWEEN 400 degC AND 600 degC";

    record Question(String name, String filter, String text, String sort) {
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

    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        boolean export = args.length > 3 && args[3].equals("export");
        System.out.printf("%-42s %9s | %9s %9s | %9s %9s%n", "question (material runs only)", "total",
                "p50 ms", "p95 ms", "p50+fac", "p95+fac");
        for (Question q : QUESTIONS) {
            boolean facetOnly = q.name().startsWith("q10");
            String plain = url(base, q, facetOnly ? "institution" : "");
            String faceted = url(base, q, "family,template,institution,element,property");
            long total = total(get(plain));
            double[] a = time(plain, runs, warmups);
            double[] b = time(faceted, runs, warmups);
            System.out.printf(Locale.ROOT, "%-42s %9d | %9.1f %9.1f | %9.1f %9.1f%n", q.name(), total, a[0], a[1], b[0], b[1]);
        }
        if (export) {
            for (String format : List.of("csv", "parquet")) {
                String url = base + "/api/search/export?format=" + format + "&filter=" + enc(RUN);
                long start = System.nanoTime();
                HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                long bytes = 0;
                try (InputStream in = r.body()) {
                    byte[] buf = new byte[1 << 16];
                    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                        bytes += n;
                    }
                }
                double s = (System.nanoTime() - start) / 1e9;
                long records = Long.parseLong(r.headers().firstValue("X-Record-Count").orElse("-1"));
                System.out.printf(Locale.ROOT, "export %-8s status %d: %d records, %.1f MB in %.1f s = %.0f records/s%n",
                        format, r.statusCode(), records, bytes / 1e6, s, records / s);
            }
        }
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

    static String get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static long total(String json) {
        Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** p50 and p95 of the wall time of one request, in ms. */
    static double[] time(String url, int runs, int warmups) throws Exception {
        for (int i = 0; i < warmups; i++) {
            get(url);
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            get(url);
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        return new double[] {ms.get((int) Math.floor(0.5 * (runs - 1))), ms.get((int) Math.ceil(0.95 * (runs - 1)))};
    }
}
