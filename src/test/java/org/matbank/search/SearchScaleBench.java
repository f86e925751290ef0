package org.matbank.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.matbank.record.Attribute;
import org.matbank.record.NominalCategorical;
import org.matbank.record.NominalComposition;
import org.matbank.record.NominalReal;
import org.matbank.record.NormalReal;
import org.matbank.record.ObjectKind;
import org.matbank.record.RealValue;
import org.matbank.record.RecordBuilder;
import org.matbank.record.RecordObject;
import org.matbank.record.SiValue;
import org.matbank.record.UniformReal;
import org.matbank.record.Value;
import org.matbank.shared.Ids;
import org.matbank.shared.Link;
import org.matbank.shared.Origin;
import org.matbank.shared.Units;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The search benchmark's growth from 1 M to 5 M material histories, by hand (not a test: no
 * timing assertion), without PostgreSQL: loading 5 M histories into PostgreSQL takes about 80
 * minutes at the generator's rate, so this builds the Lucene index directly from synthetic
 * {@link MaterialFacts} and asks the ten questions of bench/SearchBench.java in-process.
 *
 * <p>The histories are those of bench/SearchData.java (a copy of its {@code submitted}: same
 * seed, same values for material n, same attribute names, units, templates and labels,
 * compositions, Korean notes, institutions), flattened by MatBank's own {@link FactsBuilder} as
 * {@link FactsLoader} does (the material run with its spec, process and measurement; the material
 * spec on its own), indexed by {@link SearchIndex#add} from several threads as a rebuild does:
 * two documents per history. The index is closed and opened again before the questions, as a
 * server start would. Each question runs through {@link SearchService#search} (query, top 50,
 * stored facts of the hits, totals, facets), without facets and with the five default facets,
 * 3 warm-ups and 30 timed runs, p50 and p95 (nearest rank); the JSON encoding of the page with
 * the application's JsonMapper is timed apart. No HTTP: the difference to bench/SearchBench.java
 * at the same size is HTTP, Spring MVC and the client.
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx4g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.matbank.search.SearchScaleBench \
 *      build DIR 1000000 5000000            (grows one index to each size in turn and asks the questions at each)
 * java -cp ... org.matbank.search.SearchScaleBench check http://localhost:PORT 1,2,500000
 *      (a MatBank holding bench/SearchData.java's histories, seed 42: its hits for BS-n equal the generated facts)
 * </pre>
 */
public final class SearchScaleBench {

    static final long SEED = 42;
    static final int RUNS = Integer.getInteger("runs", 30);
    static final int WARMUPS = Integer.getInteger("warmups", 3);
    static final int THREADS = Integer.getInteger("threads", Math.max(2, Runtime.getRuntime().availableProcessors()));
    static final int CHUNK = 500;

    private SearchScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        JsonMapper json = applicationJsonMapper();
        switch (args[0]) {
            case "build" -> {
                Path dir = Path.of(args[1]);
                long[] sizes = Arrays.stream(args).skip(2).mapToLong(Long::parseLong).toArray();
                build(dir, sizes, json);
            }
            case "check" -> System.exit(check(args[1], Arrays.stream(args[2].split(",")).map(Long::parseLong).toList(), json));
            default -> throw new IllegalArgumentException("build DIR N... or check URL n,n,...");
        }
    }

    // ---- the ten questions, as bench/SearchBench.java asks them ------------------------------

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

    static SearchRequest request(Question q, List<String> facets) {
        return new SearchRequest(q.filter() == null ? RUN : RUN + " AND " + q.filter(), q.text(), q.sort(), facets, 50, null);
    }

    // ---- build and ask --------------------------------------------------------------------------

    static void build(Path dir, long[] sizes, JsonMapper json) throws Exception {
        Files.createDirectories(dir);
        if (Files.exists(dir.resolve("search"))) {
            throw new IllegalStateException(dir.resolve("search") + " exists: give a fresh folder");
        }
        System.out.printf(Locale.ROOT, "# SearchScaleBench %s, %d CPUs, %s, max heap %d MB, %d indexing threads, seed %d%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(), cpuModel(),
                Runtime.getRuntime().maxMemory() >> 20, THREADS, SEED);
        System.out.println("# java " + System.getProperty("java.version") + ", folder " + dir.toAbsolutePath() + ", " + disk(dir));
        FixedTemplates templates = new FixedTemplates();
        long have = 0;
        List<String> summary = new ArrayList<>();
        for (long size : sizes) {
            System.out.printf(Locale.ROOT, "# growing the index from %,d to %,d histories, load %s%n", have, size, load());
            SearchIndex index = new SearchIndex(dir.toString(), false, json);
            long start = System.nanoTime();
            long cpu0 = cpu();
            index(index, templates, have + 1, size, start);
            index.commit("search-scale-bench");
            index.destroy(); // waits for running merges, as the server's shutdown after `matbank reindex` does
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (cpu() - cpu0) / 1e9;
            long docs = 2 * (size - have);
            System.out.printf(Locale.ROOT, "# indexed %,d histories (%,d documents) in %.0f s = %.0f documents/s (CPU %.0f s); "
                    + "index %s; load %s%n", size - have, docs, seconds, docs / seconds, cpuSeconds, size(dir.resolve("search")), load());
            have = size;

            SearchIndex reopened = new SearchIndex(dir.toString(), false, json);
            try {
                SearchService search = new SearchService(reopened, null);
                System.out.printf(Locale.ROOT, "# %,d documents in the index; asking the questions (%d warm-ups + %d runs), load %s%n",
                        reopened.size(), WARMUPS, RUNS, load());
                System.out.printf(Locale.ROOT, "%-40s %9s | %7s %7s %7s | %7s %7s %7s%n", "question (" + size / 1000 + " k histories)",
                        "total", "p50 ms", "p95 ms", "+json", "p50+fac", "p95+fac", "+json");
                for (Question q : QUESTIONS) {
                    boolean q10 = q.name().startsWith("q10");
                    double[] plain = time(search, request(q, q10 ? List.of("institution") : List.of()), json);
                    double[] faceted = time(search, request(q, SearchRequest.DEFAULT_FACETS), json);
                    String line = String.format(Locale.ROOT, "%-40s %9d | %7.1f %7.1f %7.1f | %7.1f %7.1f %7.1f", q.name(),
                            (long) plain[3], plain[0], plain[1], plain[2], faceted[0], faceted[1], faceted[2]);
                    System.out.println(line);
                    summary.add(size + "\t" + q.name().substring(0, 3) + "\t" + (long) plain[3] + "\t" + f(plain[0]) + "\t"
                            + f(plain[1]) + "\t" + f(plain[2]) + "\t" + f(faceted[0]) + "\t" + f(faceted[1]) + "\t" + f(faceted[2]));
                }
                System.out.println("# load after the questions: " + load());
            } finally {
                reopened.destroy();
            }
        }
        System.out.println("# size\tq\ttotal\tp50_ms\tp95_ms\tp50_with_json_ms\tp50_facets_ms\tp95_facets_ms\tp50_facets_with_json_ms");
        summary.forEach(s -> System.out.println("# " + s));
    }

    /** Histories first..last, in chunks, on {@link #THREADS} threads, each generating, flattening and adding its chunk. */
    static void index(SearchIndex index, FixedTemplates templates, long first, long last, long start) throws Exception {
        AtomicLong next = new AtomicLong(first);
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    while (true) {
                        long from = next.getAndAdd(CHUNK);
                        if (from > last) {
                            return null;
                        }
                        long to = Math.min(last, from + CHUNK - 1);
                        List<MaterialFacts> facts = new ArrayList<>(2 * CHUNK);
                        for (long n = from; n <= to; n++) {
                            facts.addAll(facts(templates, SEED, n));
                        }
                        index.add(facts, m -> Visibility.PUBLIC);
                        done.addAndGet(to - from + 1);
                    }
                }));
            }
            long reported = System.nanoTime();
            for (Future<?> w : workers) {
                while (!w.isDone()) {
                    Thread.sleep(1000);
                    if (System.nanoTime() - reported > 60e9) {
                        reported = System.nanoTime();
                        double s = (reported - start) / 1e9;
                        System.out.printf(Locale.ROOT, "#   %,d histories in %.0f s (%.0f documents/s), load %s%n",
                                done.get(), s, 2 * done.get() / s, load());
                    }
                }
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** p50, p95 of the search, p50 of search + JSON encoding of the page (ms), and the total. */
    static double[] time(SearchService search, SearchRequest request, JsonMapper json) {
        long total = 0;
        for (int i = 0; i < WARMUPS; i++) {
            json.writeValueAsBytes(search.search(request, Visibility.publicOnly()));
        }
        double[] ms = new double[RUNS];
        double[] withJson = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            SearchPage page = search.search(request, Visibility.publicOnly());
            long t1 = System.nanoTime();
            json.writeValueAsBytes(page);
            long t2 = System.nanoTime();
            ms[i] = (t1 - t0) / 1e6;
            withJson[i] = (t2 - t0) / 1e6;
            total = page.total();
        }
        Arrays.sort(ms);
        Arrays.sort(withJson);
        return new double[] {rank(ms, 0.50), rank(ms, 0.95), rank(withJson, 0.50), total};
    }

    static double rank(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    // ---- check: the generated facts against MatBank's own flattening of the same histories -----

    /** Compares the hits of a MatBank holding bench/SearchData.java's data with the facts generated here; returns 1 on a difference. */
    static int check(String api, List<Long> materials, JsonMapper json) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        FixedTemplates templates = new FixedTemplates();
        int differences = 0;
        for (long n : materials) {
            List<MaterialFacts> generated = facts(templates, SEED, n);
            String[] uids = {"bench-steel:BS-" + n + "/spec", "bench-steel:BS-" + n};
            for (int i = 0; i < 2; i++) {
                String url = api + "/api/search?limit=1&facets=&filter="
                        + URLEncoder.encode("uid = \"" + uids[i] + "\"", StandardCharsets.UTF_8);
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                JsonNode hits = json.readTree(r.body()).path("hits");
                if (r.statusCode() != 200 || hits.size() != 1) {
                    System.out.println("check " + uids[i] + ": " + r.statusCode() + " " + r.body());
                    differences++;
                    continue;
                }
                ObjectNode stored = (ObjectNode) hits.get(0);
                ObjectNode made = (ObjectNode) json.valueToTree(SearchPage.Hit.of(generated.get(i)));
                stored.remove("id");
                made.remove("id");
                // a composition lists its components in the order of a Map.copyOf, which changes from one JVM to the next
                sortComposition(stored);
                sortComposition(made);
                if (stored.equals(made)) {
                    System.out.println("check " + uids[i] + ": same");
                } else {
                    System.out.println("check " + uids[i] + " differs:\n  MatBank:   " + stored + "\n  generated: " + made);
                    differences++;
                }
            }
        }
        System.out.println(differences == 0 ? "check: OK" : "check: " + differences + " difference(s)");
        return differences == 0 ? 0 : 1;
    }

    private static void sortComposition(ObjectNode hit) {
        List<JsonNode> components = new ArrayList<>();
        hit.path("composition").values().forEach(components::add);
        components.sort((a, b) -> a.path("name").asString().compareTo(b.path("name").asString()));
        hit.putArray("composition").addAll(components);
    }

    // ---- the histories of bench/SearchData.java ---------------------------------------------------

    /** The material spec and the material run of history n, flattened as FactsLoader does. */
    static List<MaterialFacts> facts(FixedTemplates t, long seed, long n) {
        UUID[] ids = {Ids.next(), Ids.next(), Ids.next(), Ids.next()};
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<RecordObject> h = submitted(t, seed, n, ids).stream().map(o -> resolve(o, now)).toList();
        RecordObject process = h.get(0);
        RecordObject spec = h.get(1);
        RecordObject run = h.get(2);
        RecordObject measurement = h.get(3);
        MaterialFacts specFacts = new FactsBuilder(spec, t).spec(List.of()).history(List.of()).measurements(List.of())
                .intermediate(false).build();
        MaterialFacts runFacts = new FactsBuilder(run, t).spec(List.of(spec)).history(List.of(process))
                .measurements(List.of(measurement)).intermediate(false).build();
        return List.of(specFacts, runFacts);
    }

    /** Template platform ids and what {@link TemplateInfo} answers for them (names, packs, labels as in the packs). */
    static final class FixedTemplates extends TemplateInfo {

        final Map<String, UUID> ids = new LinkedHashMap<>();
        private final Map<UUID, Info> infos = new LinkedHashMap<>();

        FixedTemplates() {
            super(null);
            add("austenitizing temperature", null, "Austenitizing temperature", "오스테나이트화 온도");
            add("tempering temperature", null, "Tempering temperature", "템퍼링 온도");
            add("tempering time", null, "Tempering time", "템퍼링 시간");
            add("cooling medium", null, "Cooling medium (quench)", "냉각 매체");
            add("quench and temper", null, "Quenching and tempering", "담금질 및 뜨임");
            add("quenched and tempered steel", null, "Quenched and tempered steel", "조질강");
            add("steel tensile and hardness test", null, "Tensile and hardness test of steel", "강재 인장 및 경도 시험");
            add("elemental composition", "common", "Elemental composition", "원소 조성");
            add("tensile strength", "common", "Tensile strength", "인장강도");
            add("test temperature", "common", "Test temperature", "시험 온도");
            add("yield strength", "metal", "Yield strength (0.2 % offset)", "항복강도 (0.2 % 오프셋)");
            add("elongation", "metal", "Elongation at fracture", "연신율");
            add("Vickers hardness", "metal", "Vickers hardness (HV)", "비커스 경도 (HV)");
        }

        private void add(String name, String family, String en, String ko) {
            UUID id = UUID.nameUUIDFromBytes(("search-scale-bench:" + name).getBytes(StandardCharsets.UTF_8));
            ids.put(name, id);
            infos.put(id, new Info(name, family, List.of(en, ko)));
        }

        Link link(String name) {
            return Link.platform(ids.get(name));
        }

        @Override
        Info of(UUID id, Integer version) {
            return id == null ? null : infos.get(id);
        }
    }

    static final String SCOPE = "bench-steel";
    static final String[] INSTITUTIONS = {"KIMS", "KIST", "POSCO", "KRICT", "KAIST", "POSTECH", "Seoul National University",
        "Hyundai Steel", "KITECH", "RIST", "UNIST", "Yonsei University", "Korea University", "Pusan National University",
        "KAERI", "Hanyang University", "Dongkuk Steel", "Inha University", "SeAH Besteel", "KERI"};
    static final double[] INSTITUTION_CUMULATIVE;
    static final String[] SURNAMES = {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim",
        "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong"};
    static final String[] GIVEN = {"Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Su-bin", "Jae-won", "Ye-jin",
        "Hyun-woo", "Ji-min"};
    static final String[] NOTES = {
        "열처리 후 인장강도 시험을 수행함.",
        "탄소섬유 보강 시편과 비교.",
        "인장강도와 연신율의 균형이 우수함.",
        "템퍼링 온도에 따른 경도 변화를 관찰함.",
        "담금질 균열 없음.",
        "시편 표면에 산화 스케일이 일부 관찰됨.",
        "저온 충격 특성 평가 예정.",
        "압연 방향과 평행하게 시편을 채취함.",
        "미세조직은 템퍼드 마르텐사이트.",
        "잔류 오스테나이트 분율 측정 필요.",
        "수소 취성 평가용 시편.",
        "자동차 부품용 고강도 강재 후보.",
        "용접성 평가를 위한 기초 데이터.",
        "결정립 미세화를 위해 니오븀을 첨가함.",
        "베이나이트 조직이 일부 포함됨.",
        "Quenched and tempered bar.",
        "Tensile specimens machined from the mid-radius.",
        "Hardness measured on the cross-section.",
        "Candidate for automotive springs.",
        "Microstructure: tempered martensite.",
        "Slight decarburisation at the surface.",
        "Compared with the carbon-fibre reinforced specimen.",
        "Heat from a 50 kg vacuum induction melt.",
        "Retained austenite below 2 %.",
        "Specimens taken parallel to the rolling direction.",
        "High-strength steel for structural parts.",
        "Reference material for the round-robin test."};
    static final String[] FORMS = {"bar", "plate", "wire rod", "forging", "sheet"};
    static final String[] MEDIA = {"water", "oil", "air"};
    static final double[] TEST_TEMPERATURES = {-60, -40, -20, 0, 100, 200, 300, 400};
    static final String[] OPTIONAL = {"Si", "P", "S", "Ni", "Cr", "Mo", "Cu", "V", "Nb", "Ti", "B"};
    static final double[][] RANGES = {{0.10, 1.00}, {0.005, 0.030}, {0.002, 0.030}, {0.10, 3.50}, {0.20, 2.50},
        {0.05, 1.00}, {0.05, 0.50}, {0.01, 0.30}, {0.01, 0.08}, {0.005, 0.05}, {0.0005, 0.005}};
    static final LocalDate FIRST_DATE = LocalDate.of(2015, 1, 1);
    static final int DATE_SPAN = (int) ChronoUnit.DAYS.between(FIRST_DATE, LocalDate.of(2027, 1, 1));

    static {
        double[] cumulative = new double[INSTITUTIONS.length];
        double sum = 0;
        for (int i = 0; i < INSTITUTIONS.length; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
        INSTITUTION_CUMULATIVE = cumulative;
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    static double between(SplittableRandom r, double low, double high) {
        return low + r.nextDouble() * (high - low);
    }

    /** bench/SearchData.java's {@code submitted}, line for line (keep the two in step): process, spec, run, measurement. */
    static List<RecordObject> submitted(FixedTemplates t, long seed, long n, UUID[] ids) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n * 0xBF58476D1CE4E5B9L + 1);
        String bs = "BS-" + n;
        double p = r.nextDouble();
        int institution = 0;
        while (INSTITUTION_CUMULATIVE[institution] < p) {
            institution++;
        }
        String inst = INSTITUTIONS[institution];
        String author = SURNAMES[r.nextInt(SURNAMES.length)] + " " + GIVEN[r.nextInt(GIVEN.length)];
        LocalDate date = FIRST_DATE.plusDays(r.nextInt(DATE_SPAN));
        String form = FORMS[r.nextInt(FORMS.length)];

        Map<String, Double> composition = new TreeMap<>();
        composition.put("C", round(between(r, 0.05, 0.60), 3));
        composition.put("Mn", round(between(r, 0.30, 1.80), 2));
        int optional = 2 + r.nextInt(6);
        int[] order = new int[OPTIONAL.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        for (int i = 0; i < optional; i++) {
            int e = order[i];
            double v = between(r, RANGES[e][0], RANGES[e][1]);
            composition.put(OPTIONAL[e], round(v, v < 0.01 ? 4 : v < 0.1 ? 3 : 2));
        }
        double alloy = composition.values().stream().mapToDouble(Double::doubleValue).sum();
        composition.put("Fe", round(100 - alloy, 4));

        double austenitizing = Math.round(between(r, 820, 950));
        double tempering = Math.round(between(r, 150, 700));
        double temperingTime = 30 + 5 * r.nextInt(43);
        double m = r.nextDouble();
        String medium = m < 0.30 ? MEDIA[0] : m < 0.80 ? MEDIA[1] : MEDIA[2];

        double c = composition.get("C");
        double hardenability = composition.getOrDefault("Cr", 0.0) * 60 + composition.getOrDefault("Mo", 0.0) * 150
                + composition.getOrDefault("Ni", 0.0) * 30 + composition.getOrDefault("V", 0.0) * 300
                + composition.get("Mn") * 40;
        double asQuenched = 700 + 2200 * c + hardenability - (medium.equals("air") ? 250 : medium.equals("oil") ? 60 : 0);
        double softening = 1 - 0.55 * (tempering - 150) / 550 - 0.0004 * (temperingTime - 30);
        double tensile = Math.max(400, Math.min(2000, asQuenched * softening + 60 * r.nextGaussian()));
        double yieldRatio = Math.min(0.95, 0.62 + 0.35 * (tempering - 150) / 550 + 0.03 * r.nextGaussian());
        double yield = tensile * yieldRatio;
        double elongation = Math.max(3, Math.min(35, 33 - 0.0135 * tensile + 1.5 * r.nextGaussian()));
        double hardness = tensile / 3.2 + 8 * r.nextGaussian();
        double testTemperature = r.nextDouble() < 0.85 ? 20 : TEST_TEMPERATURES[r.nextInt(TEST_TEMPERATURES.length)];

        Value tensileValue;
        double u = r.nextDouble();
        if (u < 0.10) {
            tensileValue = new NominalReal(round(tensile / 1000, 3), "GPa");
        } else if (u < 0.30) {
            tensileValue = new NormalReal(round(tensile, 1), round(Math.abs(15 * r.nextGaussian()) + 2, 1), "MPa");
        } else {
            tensileValue = new NominalReal(round(tensile, 1), "MPa");
        }
        String notes = NOTES[r.nextInt(NOTES.length)];
        if (r.nextDouble() < 0.6) {
            notes += " " + NOTES[r.nextInt(NOTES.length)];
        }
        List<String> tags = new ArrayList<>(List.of("bench-steel", form));
        if (composition.containsKey("Cr") && composition.containsKey("Mo")) {
            tags.add("Cr-Mo steel");
        }
        if (composition.containsKey("B")) {
            tags.add("boron steel");
        }

        RecordObject process = common(RecordObject.builder(ObjectKind.PROCESS_RUN, "heat treatment of " + bs), ids[0],
                bs + "/heat-treatment", inst, author, date, tags)
                .template(t.link("quench and temper")).equipment("box furnace")
                .parameter(attribute(t, "austenitizing temperature", new NominalReal(austenitizing, "°C"), Origin.MEASURED))
                .parameter(attribute(t, "tempering temperature", new NominalReal(tempering, "°C"), Origin.MEASURED))
                .parameter(attribute(t, "tempering time", new NominalReal(temperingTime, "min"), Origin.MEASURED))
                .parameter(attribute(t, "cooling medium", new NominalCategorical(medium), Origin.SPECIFIED))
                .build();
        RecordObject spec = common(RecordObject.builder(ObjectKind.MATERIAL_SPEC, bs + " steel (nominal)"), ids[1],
                bs + "/spec", inst, author, date, tags)
                .template(t.link("quenched and tempered steel"))
                .property(attribute(t, "elemental composition", new NominalComposition(composition, "mass"), Origin.SPECIFIED))
                .build();
        RecordObject material = common(RecordObject.builder(ObjectKind.MATERIAL_RUN, bs + " steel"), ids[2],
                bs, inst, author, date, tags)
                .template(t.link("quenched and tempered steel")).spec(Link.platform(ids[1])).process(Link.platform(ids[0]))
                .sampleType("experimental").notes(notes)
                .build();
        RecordObject measurement = common(RecordObject.builder(ObjectKind.MEASUREMENT_RUN, "tensile test of " + bs), ids[3],
                bs + "/tensile-test", inst, author, date, tags)
                .template(t.link("steel tensile and hardness test")).material(Link.platform(ids[2]))
                .specimenForm("round tensile specimen").instrument("universal testing machine")
                .property(attribute(t, "tensile strength", tensileValue, Origin.MEASURED))
                .property(attribute(t, "yield strength", new NominalReal(round(yield, 1), "MPa"), Origin.MEASURED))
                .property(attribute(t, "elongation", new NominalReal(round(elongation, 1), "%"), Origin.MEASURED))
                .property(attribute(t, "Vickers hardness", new NominalReal(Math.round(hardness), ""), Origin.MEASURED))
                .condition(attribute(t, "test temperature", new NominalReal(testTemperature, "°C"), Origin.SPECIFIED))
                .build();
        return List.of(process, spec, material, measurement);
    }

    private static RecordBuilder common(RecordBuilder b, UUID id, String uid, String institution, String author,
            LocalDate date, List<String> tags) {
        b.id(id).uid(SCOPE, uid).author(author).institution(institution).date(date);
        tags.forEach(b::tag);
        return b;
    }

    private static Attribute attribute(FixedTemplates t, String name, Value value, Origin origin) {
        return Attribute.of(name, t.link(name), value, origin);
    }

    /** What RecordService stores for a submitted object: version 1, template versions, SI values, times (SearchData.resolve). */
    static RecordObject resolve(RecordObject s, Instant now) {
        return new RecordObject(s.id(), 1, s.type(), s.name(), s.uids(), s.tags(), s.notes(), s.fileLinks(),
                s.author(), s.institution(), s.date(), s.template(), s.template() == null ? null : 1, s.spec(), s.process(),
                s.material(), resolve(s.properties()), resolve(s.conditions()), resolve(s.parameters()),
                s.massFraction(), s.volumeFraction(), s.numberFraction(), s.absoluteQuantity(), s.labels(),
                s.stepOrder(), s.equipment(), s.specimenForm(), s.instrument(), s.sampleType(), s.source(), now, now);
    }

    private static List<Attribute> resolve(List<Attribute> attributes) {
        List<Attribute> resolved = new ArrayList<>(attributes.size());
        for (Attribute a : attributes) {
            resolved.add(new Attribute(a.name(), a.template(), a.template() == null ? null : 1, a.value(), a.origin(),
                    a.notes(), a.fileLinks(), resolve(a.conditions()), si(a.value())));
        }
        return resolved;
    }

    static SiValue si(Value value) {
        if (!(value instanceof RealValue v) || Units.parse(v.units()) == null || !Double.isFinite(v.central())) {
            return null;
        }
        boolean interval = value instanceof UniformReal;
        return new SiValue(Units.toSi(v.central(), v.units()),
                interval ? Units.toSi(v.lower(), v.units()) : null,
                interval ? Units.toSi(v.upper(), v.units()) : null,
                Units.siUnit(v.units()));
    }

    // ---- odds and ends ---------------------------------------------------------------------------------

    /** The JsonMapper exactly as the application builds it (Spring Boot's Jackson auto-configuration, application.properties). */
    static JsonMapper applicationJsonMapper() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JacksonAutoConfiguration.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--logging.level.root=WARN")) {
            return context.getBean(JsonMapper.class);
        }
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    static String disk(Path dir) throws IOException {
        var store = Files.getFileStore(dir);
        return String.format(Locale.ROOT, "disk %.0f GB free of %.0f GB", store.getUsableSpace() / 1e9, store.getTotalSpace() / 1e9);
    }

    static String size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
            return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
        }
    }

    /** CPU time of the whole process, every thread (merges included). */
    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
