import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.matbank.record.Attribute;
import org.matbank.record.NominalCategorical;
import org.matbank.record.NominalComposition;
import org.matbank.record.NominalReal;
import org.matbank.record.NormalReal;
import org.matbank.record.ObjectKind;
import org.matbank.record.RealValue;
import org.matbank.record.RecordObject;
import org.matbank.record.SiValue;
import org.matbank.record.UniformReal;
import org.matbank.record.Value;
import org.matbank.shared.Ids;
import org.matbank.shared.Link;
import org.matbank.shared.Origin;
import org.matbank.shared.Sha256;
import org.matbank.shared.Units;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bulk generator of synthetic steel histories for the search benchmark (issue 4): writes straight
 * into PostgreSQL with COPY exactly the rows MatBank's RecordService writes for the same objects
 * POSTed through the API (record_object with body and input hash, record_uid, history_edge,
 * attribute_value with SI values; record_version stays empty, as for any version 1).
 *
 * <p>One material history = 4 objects (MatBank refuses properties on a material run, so the
 * composition sits on the material spec, as in the NIMS demo):
 * <pre>
 *   process_run     "heat treatment of BS-n"   parameters austenitizing temperature, tempering temperature, tempering time, cooling medium
 *   material_spec   "BS-n steel (nominal)"     property elemental composition (wt%, Fe balance)
 *   material_run    "BS-n steel"               spec -> material_spec, process -> process_run; notes, tags
 *   measurement_run "tensile test of BS-n"     material -> material_run; tensile strength, yield strength, elongation,
 *                                              Vickers hardness; condition test temperature
 * </pre>
 * Edges as RecordService derives them: run -spec-> material_spec, material_run -produced_by-> process_run,
 * measurement_run -measures-> material_run. External ids (scope {@value #SCOPE}): BS-n/heat-treatment,
 * BS-n/spec, BS-n, BS-n/tensile-test.
 *
 * <p>The values of material n depend only on (seed, n): a rerun with the same seed gives the same
 * data (platform ids are fresh UUID v7 from {@link Ids}, as MatBank makes them, and times are the
 * load's). Templates are created once through the server's REST API ({@code --api}); the
 * standard packs "common" and "metal" provide the property and condition templates whose names
 * exist there, the bench-steel scope adds the four heat-treatment parameters and the three object
 * templates.
 *
 * <pre>
 *   java -cp target/classes:$(cat /tmp/cp.txt) bench/SearchData.java load --n 1000000 --seed 42 \
 *       --api http://localhost:8080 --data-dir DIR        (or --jdbc URL [--user U --password P])
 *   java -cp ... bench/SearchData.java check --materials 1,2,500 --api URL --data-dir DIR
 * </pre>
 * {@code --data-dir} reads the port of the running embedded PostgreSQL from DIR/postgres/postmaster.pid
 * (database matbank, user postgres, no password). {@code check} POSTs the same histories through
 * the API (under a fresh uid scope; they stay in the database, so do not check a benchmark data
 * dir) and compares every row and the API answers; it exits 1 on any difference.
 */
public class SearchData {

    static final String SCOPE = "bench-steel";
    static final String STD = "matbank-std";

    // ---- command line -----------------------------------------------------------------------

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out));
    }

    /** Runs a command; returns the exit code (check: the number of differences, capped at 1). */
    public static int run(String[] args, PrintStream out) throws Exception {
        Map<String, String> o = options(args);
        String command = o.getOrDefault("", "load");
        long seed = Long.parseLong(o.getOrDefault("seed", "42"));
        JsonMapper json = applicationJsonMapper();
        String api = o.get("api");
        try (Connection c = connect(o)) {
            if (api != null) {
                ensureTemplates(c, api, json, out);
            }
            Templates t = templates(c);
            switch (command) {
                case "load" -> {
                    long n = Long.parseLong(o.getOrDefault("n", "1000"));
                    long from = Long.parseLong(o.getOrDefault("from", "1"));
                    int commitEvery = Integer.parseInt(o.getOrDefault("commit-every", "50000"));
                    int chunk = Integer.parseInt(o.getOrDefault("chunk", "1000"));
                    load(c, json, t, seed, from, n, commitEvery, chunk, out);
                    return 0;
                }
                case "check" -> {
                    if (api == null) {
                        throw new IllegalArgumentException("check needs --api URL (it POSTs through the API)");
                    }
                    List<Long> materials = Arrays.stream(o.getOrDefault("materials", "1").split(","))
                            .map(String::trim).map(Long::parseLong).toList();
                    int differences = check(c, api, json, t, seed, materials, out);
                    out.println(differences == 0 ? "check: OK, no difference" : "check: " + differences + " difference(s)");
                    return differences == 0 ? 0 : 1;
                }
                default -> throw new IllegalArgumentException("unknown command " + command + " (load or check)");
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + args[i] + " needs a value");
                }
                o.put(args[i].substring(2), args[++i]);
            } else {
                o.put("", args[i]);
            }
        }
        return o;
    }

    static Connection connect(Map<String, String> o) throws SQLException, IOException {
        String url = o.get("jdbc");
        if (url == null && o.containsKey("data-dir")) {
            url = jdbcUrlOf(Path.of(o.get("data-dir")));
        }
        if (url == null) {
            throw new IllegalArgumentException("give --jdbc URL or --data-dir DIR (of a running MatBank)");
        }
        Connection c = o.containsKey("user") ? DriverManager.getConnection(url, o.get("user"), o.get("password"))
                : DriverManager.getConnection(url);
        return c;
    }

    /** The JDBC URL of the embedded PostgreSQL running on a MatBank data dir (port from postmaster.pid). */
    public static String jdbcUrlOf(Path dataDir) throws IOException {
        Path pid = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            throw new IllegalStateException("no PostgreSQL is running on " + dataDir + " (no " + pid + "): start MatBank on it first");
        }
        List<String> lines = Files.readAllLines(pid);
        return "jdbc:postgresql://localhost:" + lines.get(3).trim() + "/matbank?user=postgres";
    }

    /** The JsonMapper exactly as the application builds it: Spring Boot's Jackson auto-configuration with application.properties. */
    public static JsonMapper applicationJsonMapper() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JacksonAutoConfiguration.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--logging.level.root=WARN")) {
            return context.getBean(JsonMapper.class);
        }
    }

    // ---- templates ----------------------------------------------------------------------------

    /** The template of each attribute name the generator writes, by external id. */
    static final Map<String, String> ATTRIBUTE_UIDS = Map.of(
            "austenitizing temperature", SCOPE + ":austenitizing-temperature",
            "tempering temperature", SCOPE + ":tempering-temperature",
            "tempering time", SCOPE + ":tempering-time",
            "cooling medium", SCOPE + ":cooling-medium",
            "elemental composition", STD + ":common/elemental-composition",
            "tensile strength", STD + ":common/tensile-strength",
            "yield strength", STD + ":metal/yield-strength",
            "elongation", STD + ":metal/elongation",
            "Vickers hardness", STD + ":metal/hardness-vickers",
            "test temperature", STD + ":common/test-temperature");
    static final String PROCESS_TEMPLATE = SCOPE + ":quench-and-temper";
    static final String MATERIAL_TEMPLATE = SCOPE + ":qt-steel";
    static final String MEASUREMENT_TEMPLATE = SCOPE + ":tensile-hardness-test";

    /** Templates of the bench-steel scope, in creation order (attribute templates first). */
    static final List<String[]> BENCH_TEMPLATES = List.of(
            new String[] {"austenitizing-temperature", """
                {"type":"parameter_template","name":"austenitizing temperature","uids":{"bench-steel":"austenitizing-temperature"},
                 "labels":{"en":"Austenitizing temperature","ko":"오스테나이트화 온도"},
                 "bounds":{"type":"real_bounds","lower_bound":600,"upper_bound":1300,"default_units":"°C"}}"""},
            new String[] {"tempering-temperature", """
                {"type":"parameter_template","name":"tempering temperature","uids":{"bench-steel":"tempering-temperature"},
                 "labels":{"en":"Tempering temperature","ko":"템퍼링 온도"},
                 "bounds":{"type":"real_bounds","lower_bound":0,"upper_bound":800,"default_units":"°C"}}"""},
            new String[] {"tempering-time", """
                {"type":"parameter_template","name":"tempering time","uids":{"bench-steel":"tempering-time"},
                 "labels":{"en":"Tempering time","ko":"템퍼링 시간"},
                 "bounds":{"type":"real_bounds","lower_bound":0,"upper_bound":10000,"default_units":"min"}}"""},
            new String[] {"cooling-medium", """
                {"type":"parameter_template","name":"cooling medium","uids":{"bench-steel":"cooling-medium"},
                 "labels":{"en":"Cooling medium (quench)","ko":"냉각 매체"},
                 "bounds":{"type":"categorical_bounds","categories":["water","oil","air"]}}"""},
            new String[] {"quench-and-temper", """
                {"type":"process_template","name":"quench and temper","uids":{"bench-steel":"quench-and-temper"},
                 "labels":{"en":"Quenching and tempering","ko":"담금질 및 뜨임"},
                 "parameters":[
                  {"template":{"scope":"bench-steel","id":"austenitizing-temperature"},"required":true},
                  {"template":{"scope":"bench-steel","id":"tempering-temperature"},"required":true},
                  {"template":{"scope":"bench-steel","id":"tempering-time"},"required":true},
                  {"template":{"scope":"bench-steel","id":"cooling-medium"}}]}"""},
            new String[] {"qt-steel", """
                {"type":"material_template","name":"quenched and tempered steel","uids":{"bench-steel":"qt-steel"},
                 "labels":{"en":"Quenched and tempered steel","ko":"조질강"},
                 "properties":[
                  {"template":{"scope":"matbank-std","id":"common/elemental-composition"},
                   "bounds":{"type":"composition_bounds","components":["Fe","C","Si","Mn","P","S","Ni","Cr","Mo","Cu","V","Nb","Ti","B"]}}]}"""},
            new String[] {"tensile-hardness-test", """
                {"type":"measurement_template","name":"steel tensile and hardness test","uids":{"bench-steel":"tensile-hardness-test"},
                 "labels":{"en":"Tensile and hardness test of steel","ko":"강재 인장 및 경도 시험"},
                 "properties":[
                  {"template":{"scope":"matbank-std","id":"common/tensile-strength"},"required":true},
                  {"template":{"scope":"matbank-std","id":"metal/yield-strength"}},
                  {"template":{"scope":"matbank-std","id":"metal/elongation"}},
                  {"template":{"scope":"matbank-std","id":"metal/hardness-vickers"}}],
                 "conditions":[{"template":{"scope":"matbank-std","id":"common/test-temperature"}}]}"""});

    /** A template's platform id and latest version. */
    public record Tpl(UUID id, int version) {
        Link link() {
            return Link.platform(id);
        }
    }

    /** The templates the generator points at: object templates and one per attribute name. */
    public record Templates(Tpl process, Tpl material, Tpl measurement, Map<String, Tpl> attributes, Map<UUID, Integer> latest) {
        Tpl attribute(String name) {
            return Objects.requireNonNull(attributes.get(name), name);
        }
    }

    /** Loads the metal pack (and common) and creates the bench-steel templates that do not exist yet, through the REST API. */
    static void ensureTemplates(Connection c, String api, JsonMapper json, PrintStream out) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> pack = http.send(HttpRequest.newBuilder(URI.create(api + "/api/template-packs/metal/load"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (pack.statusCode() != 200) {
            throw new IllegalStateException("loading the metal pack: " + pack.statusCode() + " " + pack.body());
        }
        int created = 0;
        for (String[] t : BENCH_TEMPLATES) {
            if (templateOf(c, SCOPE + ":" + t[0]) != null) {
                continue;
            }
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + "/api/templates"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(t[1], StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 201) {
                throw new IllegalStateException("creating template " + t[0] + ": " + r.statusCode() + " " + r.body());
            }
            created++;
        }
        out.println("templates: metal pack loaded, " + created + " bench-steel template(s) created");
    }

    static Tpl templateOf(Connection c, String scopedUid) throws SQLException {
        int colon = scopedUid.indexOf(':');
        try (PreparedStatement s = c.prepareStatement("""
                select t.id, max(t.version) from template_uid u join template t on t.id = u.template_id
                where u.scope = ? and u.uid = ? group by t.id""")) {
            s.setString(1, scopedUid.substring(0, colon));
            s.setString(2, scopedUid.substring(colon + 1));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new Tpl(rs.getObject(1, UUID.class), rs.getInt(2)) : null;
            }
        }
    }

    public static Templates templates(Connection c) throws SQLException {
        Map<String, Tpl> attributes = new HashMap<>();
        Map<UUID, Integer> latest = new HashMap<>();
        for (Map.Entry<String, String> e : ATTRIBUTE_UIDS.entrySet()) {
            attributes.put(e.getKey(), required(c, e.getValue()));
        }
        Tpl process = required(c, PROCESS_TEMPLATE);
        Tpl material = required(c, MATERIAL_TEMPLATE);
        Tpl measurement = required(c, MEASUREMENT_TEMPLATE);
        for (Tpl t : attributes.values()) {
            latest.put(t.id(), t.version());
        }
        for (Tpl t : List.of(process, material, measurement)) {
            latest.put(t.id(), t.version());
        }
        return new Templates(process, material, measurement, Map.copyOf(attributes), Map.copyOf(latest));
    }

    private static Tpl required(Connection c, String uid) throws SQLException {
        Tpl t = templateOf(c, uid);
        if (t == null) {
            throw new IllegalStateException("template " + uid + " does not exist: run once with --api URL of the running server");
        }
        return t;
    }

    // ---- the synthetic data ---------------------------------------------------------------------

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
    // optional alloying elements with their wt% ranges (C and Mn are always present)
    static final String[] OPTIONAL = {"Si", "P", "S", "Ni", "Cr", "Mo", "Cu", "V", "Nb", "Ti", "B"};
    static final double[][] RANGES = {{0.10, 1.00}, {0.005, 0.030}, {0.002, 0.030}, {0.10, 3.50}, {0.20, 2.50},
        {0.05, 1.00}, {0.05, 0.50}, {0.01, 0.30}, {0.01, 0.08}, {0.005, 0.05}, {0.0005, 0.005}};
    static final LocalDate FIRST_DATE = LocalDate.of(2015, 1, 1);
    static final int DATE_SPAN = (int) ChronoUnit.DAYS.between(FIRST_DATE, LocalDate.of(2027, 1, 1));

    static {
        // institutions are not equally active: weight 1/(rank+1), so KIMS has about 28 %, KERI about 1.4 %
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

    /**
     * The four objects of material n as a client would POST them: template links by platform id
     * without versions, links between the objects by platform id, no SI values.
     *
     * @param ids platform ids of the process, material spec, material run and measurement
     */
    public static List<RecordObject> submitted(Templates t, long seed, long n, UUID[] ids) {
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

        // composition: C and Mn always, 2 to 7 of the optional elements, Fe the balance (4 to 9 alloying elements)
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
        double temperingTime = 30 + 5 * r.nextInt(43); // 30..240 min in steps of 5
        double m = r.nextDouble();
        String medium = m < 0.30 ? MEDIA[0] : m < 0.80 ? MEDIA[1] : MEDIA[2];

        // strength of tempered martensite: from carbon and alloying, softened by tempering
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
                .template(t.process().link()).equipment("box furnace")
                .parameter(attribute(t, "austenitizing temperature", new NominalReal(austenitizing, "°C"), Origin.MEASURED))
                .parameter(attribute(t, "tempering temperature", new NominalReal(tempering, "°C"), Origin.MEASURED))
                .parameter(attribute(t, "tempering time", new NominalReal(temperingTime, "min"), Origin.MEASURED))
                .parameter(attribute(t, "cooling medium", new NominalCategorical(medium), Origin.SPECIFIED))
                .build();
        RecordObject spec = common(RecordObject.builder(ObjectKind.MATERIAL_SPEC, bs + " steel (nominal)"), ids[1],
                bs + "/spec", inst, author, date, tags)
                .template(t.material().link())
                .property(attribute(t, "elemental composition", new NominalComposition(composition, "mass"), Origin.SPECIFIED))
                .build();
        RecordObject material = common(RecordObject.builder(ObjectKind.MATERIAL_RUN, bs + " steel"), ids[2],
                bs, inst, author, date, tags)
                .template(t.material().link()).spec(Link.platform(ids[1])).process(Link.platform(ids[0]))
                .sampleType("experimental").notes(notes)
                .build();
        RecordObject measurement = common(RecordObject.builder(ObjectKind.MEASUREMENT_RUN, "tensile test of " + bs), ids[3],
                bs + "/tensile-test", inst, author, date, tags)
                .template(t.measurement().link()).material(Link.platform(ids[2]))
                .specimenForm("round tensile specimen").instrument("universal testing machine")
                .property(attribute(t, "tensile strength", tensileValue, Origin.MEASURED))
                .property(attribute(t, "yield strength", new NominalReal(round(yield, 1), "MPa"), Origin.MEASURED))
                .property(attribute(t, "elongation", new NominalReal(round(elongation, 1), "%"), Origin.MEASURED))
                .property(attribute(t, "Vickers hardness", new NominalReal(Math.round(hardness), ""), Origin.MEASURED))
                .condition(attribute(t, "test temperature", new NominalReal(testTemperature, "°C"), Origin.SPECIFIED))
                .build();
        return List.of(process, spec, material, measurement);
    }

    private static org.matbank.record.RecordBuilder common(org.matbank.record.RecordBuilder b, UUID id, String uid,
            String institution, String author, LocalDate date, List<String> tags) {
        b.id(id).uid(SCOPE, uid).author(author).institution(institution).date(date);
        tags.forEach(b::tag);
        return b;
    }

    private static Attribute attribute(Templates t, String name, Value value, Origin origin) {
        return Attribute.of(name, t.attribute(name).link(), value, origin);
    }

    // ---- what RecordService makes of a submitted object -------------------------------------------

    /** The stored form of a submitted object: version 1, times, template versions and SI values filled in (RecordValidator). */
    public static RecordObject resolve(RecordObject s, Templates t, Instant now) {
        Integer templateVersion = s.template() == null ? null : version(t, s.template(), s.templateVersion());
        return new RecordObject(s.id(), 1, s.type(), s.name(), s.uids(), s.tags(), s.notes(), s.fileLinks(),
                s.author(), s.institution(), s.date(), s.template(), templateVersion, s.spec(), s.process(), s.material(),
                resolve(s.properties(), t), resolve(s.conditions(), t), resolve(s.parameters(), t),
                s.massFraction(), s.volumeFraction(), s.numberFraction(), s.absoluteQuantity(), s.labels(),
                s.stepOrder(), s.equipment(), s.specimenForm(), s.instrument(), s.sampleType(), s.source(), now, now);
    }

    private static List<Attribute> resolve(List<Attribute> attributes, Templates t) {
        List<Attribute> resolved = new ArrayList<>(attributes.size());
        for (Attribute a : attributes) {
            resolved.add(new Attribute(a.name(), a.template(), version(t, a.template(), a.templateVersion()), a.value(),
                    a.origin(), a.notes(), a.fileLinks(), resolve(a.conditions(), t), si(a.value())));
        }
        return resolved;
    }

    private static Integer version(Templates t, Link template, Integer asked) {
        if (asked != null) {
            return asked;
        }
        UUID id = template.platformId();
        Integer latest = id == null ? null : t.latest().get(id);
        if (latest == null) {
            throw new IllegalStateException("not a bench template: " + template);
        }
        return latest;
    }

    /** BoundsChecks.si: the SI form of a real value, or null. */
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

    /** InputHash.of: SHA-256 of the submitted object without id, version and times, map entries sorted. */
    static String inputHash(JsonMapper json, RecordObject s) {
        RecordObject content = new RecordObject(null, null, s.type(), s.name(), s.uids(), s.tags(), s.notes(), s.fileLinks(),
                s.author(), s.institution(), s.date(), s.template(), s.templateVersion(), s.spec(), s.process(), s.material(),
                s.properties(), s.conditions(), s.parameters(), s.massFraction(), s.volumeFraction(), s.numberFraction(),
                s.absoluteQuantity(), s.labels(), s.stepOrder(), s.equipment(), s.specimenForm(), s.instrument(),
                s.sampleType(), s.source(), null, null);
        return Sha256.of(json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsBytes(content));
    }

    /** The rows RecordService writes for a batch of submitted objects created at {@code now}, by table. */
    public record Rows(List<Object[]> objects, List<Object[]> uids, List<Object[]> edges, List<Object[]> attributes) {
        Rows() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    public static Rows rows(List<RecordObject> submitted, Templates t, JsonMapper json, Instant now) {
        Rows rows = new Rows();
        addRows(rows, submitted, t, json, now);
        return rows;
    }

    static void addRows(Rows rows, List<RecordObject> submitted, Templates t, JsonMapper json, Instant now) {
        Map<UUID, ObjectKind> kinds = new HashMap<>();
        submitted.forEach(s -> kinds.put(s.id(), s.type()));
        for (RecordObject s : submitted) {
            RecordObject o = resolve(s, t, now);
            UUID template = o.template() == null ? null : o.template().platformId();
            // RecordRepository.insert
            rows.objects().add(new Object[] {o.id(), o.type().json(), o.version(), o.name(), template,
                template == null ? null : o.templateVersion(), o.author(), o.institution(), o.date(),
                json.writeValueAsString(o), o.createdAt(), o.updatedAt(), inputHash(json, s)});
            // RecordRepository.insertUids
            o.uids().forEach((scope, uid) -> rows.uids().add(new Object[] {scope, uid, o.id()}));
            // BatchLinks.edges: spec, process, material, in that order
            String family = o.type().family();
            if (o.spec() != null) {
                rows.edges().add(new Object[] {o.id(), o.spec().platformId(), "spec"});
            }
            if (o.process() != null && family.equals("material")) {
                rows.edges().add(new Object[] {o.id(), o.process().platformId(), "produced_by"});
            }
            if (o.material() != null) {
                rows.edges().add(new Object[] {o.id(), o.material().platformId(), family.equals("ingredient") ? "uses" : "measures"});
            }
            // AttributeRows.of
            int[] position = {0};
            o.properties().forEach(a -> {
                rows.attributes().add(attributeRow(o.id(), position[0]++, "property", a));
                a.conditions().forEach(cond -> rows.attributes().add(attributeRow(o.id(), position[0]++, "condition", cond)));
            });
            o.conditions().forEach(a -> rows.attributes().add(attributeRow(o.id(), position[0]++, "condition", a)));
            o.parameters().forEach(a -> rows.attributes().add(attributeRow(o.id(), position[0]++, "parameter", a)));
        }
    }

    private static Object[] attributeRow(UUID id, int position, String type, Attribute a) {
        SiValue si = a.si();
        UUID template = a.template() == null ? null : a.template().platformId();
        String category = a.value() instanceof NominalCategorical c ? c.category() : null;
        return new Object[] {id, position, type, a.name(), template, template == null ? null : a.templateVersion(),
            valueType(a.value()), a.origin().json(), si == null ? null : si.value(), si == null ? null : si.lower(),
            si == null ? null : si.upper(), si == null ? null : si.unit(), category};
    }

    private static String valueType(Value value) {
        return value == null ? "none"
                : value.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    // ---- COPY -------------------------------------------------------------------------------------

    static final String COPY_OBJECTS = "COPY record_object (id, kind, version, name, template_id, template_version, author, "
            + "institution, record_date, body, created_at, updated_at, input_hash) FROM STDIN";
    static final String COPY_UIDS = "COPY record_uid (scope, uid, object_id) FROM STDIN";
    static final String COPY_EDGES = "COPY history_edge (downstream_id, upstream_id, relation) FROM STDIN";
    static final String COPY_ATTRIBUTES = "COPY attribute_value (object_id, position, attribute_type, name, template_id, "
            + "template_version, value_type, origin, si_value, si_lower, si_upper, si_unit, category) FROM STDIN";

    /** One chunk of materials as COPY text, per table. */
    record Chunk(long first, long count, byte[] objects, byte[] uids, byte[] edges, byte[] attributes, long rows) {
    }

    static Chunk chunk(Templates t, JsonMapper json, long seed, long first, long count) {
        Rows rows = new Rows();
        for (long n = first; n < first + count; n++) {
            UUID[] ids = {Ids.next(), Ids.next(), Ids.next(), Ids.next()};
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            addRows(rows, submitted(t, seed, n, ids), t, json, now);
        }
        long total = rows.objects().size() + rows.uids().size() + rows.edges().size() + rows.attributes().size();
        return new Chunk(first, count, copyText(rows.objects()), copyText(rows.uids()), copyText(rows.edges()),
                copyText(rows.attributes()), total);
    }

    static byte[] copyText(List<Object[]> rows) {
        StringBuilder b = new StringBuilder(rows.size() * 256);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    b.append('\t');
                }
                Object v = row[i];
                if (v == null) {
                    b.append("\\N");
                } else if (v instanceof String s) {
                    for (int k = 0; k < s.length(); k++) {
                        char ch = s.charAt(k);
                        switch (ch) {
                            case '\\' -> b.append("\\\\");
                            case '\t' -> b.append("\\t");
                            case '\n' -> b.append("\\n");
                            case '\r' -> b.append("\\r");
                            default -> b.append(ch);
                        }
                    }
                } else {
                    // UUID, Integer, Double (Double.toString reads back to the same double), LocalDate, Instant (ISO 8601, UTC)
                    b.append(v);
                }
            }
            b.append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Generates materials first..first+n-1 on a producer thread and COPYs them, chunk by chunk, on
     * this connection; commits every {@code commitEvery} materials.
     */
    static void load(Connection c, JsonMapper json, Templates t, long seed, long first, long n, int commitEvery, int chunkSize,
            PrintStream out) throws Exception {
        c.setAutoCommit(false);
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(4);
        Chunk end = new Chunk(-1, 0, null, null, null, null, 0);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread producer = new Thread(() -> {
            try {
                for (long at = first; at < first + n; at += chunkSize) {
                    queue.put(chunk(t, json, seed, at, Math.min(chunkSize, first + n - at)));
                }
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                try {
                    queue.put(end);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "search-data-generator");
        producer.setDaemon(true);
        producer.start();

        out.printf(Locale.ROOT, "load: materials %d..%d, seed %d, commit every %d, chunks of %d%n", first, first + n - 1, seed,
                commitEvery, chunkSize);
        long start = System.nanoTime();
        long lastReport = start;
        long done = 0;
        long doneAtLastReport = 0;
        long rows = 0;
        long sinceCommit = 0;
        double copySeconds = 0;
        while (true) {
            Chunk chunk = queue.take();
            if (chunk == end) {
                break;
            }
            long t0 = System.nanoTime();
            copy.copyIn(COPY_OBJECTS, new ByteArrayInputStream(chunk.objects()));
            copy.copyIn(COPY_UIDS, new ByteArrayInputStream(chunk.uids()));
            copy.copyIn(COPY_EDGES, new ByteArrayInputStream(chunk.edges()));
            copy.copyIn(COPY_ATTRIBUTES, new ByteArrayInputStream(chunk.attributes()));
            done += chunk.count();
            rows += chunk.rows();
            sinceCommit += chunk.count();
            if (sinceCommit >= commitEvery || done == n) {
                c.commit();
                sinceCommit = 0;
                long now = System.nanoTime();
                copySeconds += (now - t0) / 1e9;
                double elapsed = (now - start) / 1e9;
                out.printf(Locale.ROOT, "load: %,d/%,d materials (%,d objects, %,d rows) in %.1f s: %.0f materials/s overall, "
                        + "%.0f materials/s since last line, %.0f rows/s%n", done, n, done * 4, rows, elapsed, done / elapsed,
                        (done - doneAtLastReport) / ((now - lastReport) / 1e9), rows / elapsed);
                lastReport = now;
                doneAtLastReport = done;
            } else {
                copySeconds += (System.nanoTime() - t0) / 1e9;
            }
        }
        if (failure.get() != null) {
            c.rollback();
            throw new IllegalStateException("generating failed", failure.get());
        }
        c.commit();
        c.setAutoCommit(true);
        double elapsed = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "load: done, %,d materials (%,d objects, %,d rows) in %.1f s = %.0f materials/s, %.0f rows/s "
                + "(main thread in COPY/commit %.1f s)%n", done, done * 4, rows, elapsed, done / elapsed, rows / elapsed, copySeconds);
        try (Statement s = c.createStatement()) {
            s.execute("analyze record_object");
            s.execute("analyze record_uid");
            s.execute("analyze history_edge");
            s.execute("analyze attribute_value");
        }
        out.printf(Locale.ROOT, "load: analyzed; database size %s%n", databaseSize(c));
    }

    static String databaseSize(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
            rs.next();
            return rs.getString(1);
        }
    }

    // ---- check: the generator against MatBank itself ------------------------------------------------

    static final String[] ROLES = {"process", "spec", "material", "measurement"};
    static final String[] UID_SUFFIXES = {"/heat-treatment", "/spec", "", "/tensile-test"};

    /**
     * For each material n: (1) the rows stored for it are the rows the generator computes (the
     * COPY encoding loses nothing); (2) the same four objects POSTed through /api/records/batch
     * (fresh ids, uid scope bench-steel-check-XXXX) are stored as exactly the rows the generator
     * computes for them, all columns, input hash and body included; (3) GET /api/records/{id}/history
     * of the generated and the API-made material, and GET /api/records/{id} of both measurements,
     * are equal once ids, external ids and times are set aside. Returns the number of differences.
     */
    static int check(Connection c, String api, JsonMapper json, Templates t, long seed, List<Long> materials, PrintStream out)
            throws Exception {
        c.setAutoCommit(true);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int differences = 0;
        for (long n : materials) {
            // (1) stored rows = computed rows
            UUID[] generatedIds = new UUID[4];
            for (int i = 0; i < 4; i++) {
                generatedIds[i] = objectOf(c, SCOPE, "BS-" + n + UID_SUFFIXES[i]);
                if (generatedIds[i] == null) {
                    out.println("check BS-" + n + ": not generated (no " + SCOPE + ":BS-" + n + UID_SUFFIXES[i] + ")");
                    return differences + 1;
                }
            }
            List<RecordObject> generated = submitted(t, seed, n, generatedIds);
            differences += compareRows(c, "BS-" + n + " generated", generated, t, json, out);

            // (2) the same objects through the API
            String scope = "bench-steel-check-" + UUID.randomUUID().toString().substring(0, 8);
            UUID[] apiIds = {Ids.next(), Ids.next(), Ids.next(), Ids.next()};
            List<RecordObject> viaApi = new ArrayList<>();
            for (RecordObject s : submitted(t, seed, n, apiIds)) {
                Map<String, String> uids = new LinkedHashMap<>();
                s.uids().forEach((k, v) -> uids.put(scope, v));
                viaApi.add(new RecordObject(s.id(), s.version(), s.type(), s.name(), uids, s.tags(), s.notes(), s.fileLinks(),
                        s.author(), s.institution(), s.date(), s.template(), s.templateVersion(), s.spec(), s.process(),
                        s.material(), s.properties(), s.conditions(), s.parameters(), s.massFraction(), s.volumeFraction(),
                        s.numberFraction(), s.absoluteQuantity(), s.labels(), s.stepOrder(), s.equipment(), s.specimenForm(),
                        s.instrument(), s.sampleType(), s.source(), null, null));
            }
            ObjectNode batch = json.createObjectNode();
            ArrayNode objects = batch.putArray("objects");
            viaApi.forEach(o -> objects.add(json.valueToTree(o)));
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(api + "/api/records/batch"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(batch), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (created.statusCode() != 201) {
                out.println("check BS-" + n + ": POST /api/records/batch answered " + created.statusCode() + " " + created.body());
                differences++;
                continue;
            }
            differences += compareRows(c, "BS-" + n + " via API", viaApi, t, json, out);

            // (3) what the API answers for both
            JsonNode historyGenerated = normalise(get(http, api + "/api/records/" + generatedIds[2] + "/history", json), generatedIds);
            JsonNode historyApi = normalise(get(http, api + "/api/records/" + apiIds[2] + "/history", json), apiIds);
            differences += same(out, "BS-" + n + " GET history", historyGenerated, historyApi, json);
            for (int i = 0; i < 4; i++) {
                JsonNode objectGenerated = normalise(get(http, api + "/api/records/" + generatedIds[i], json), generatedIds);
                JsonNode objectApi = normalise(get(http, api + "/api/records/" + apiIds[i], json), apiIds);
                differences += same(out, "BS-" + n + " GET " + ROLES[i], objectGenerated, objectApi, json);
            }
            // the history leaves out spec edges (and so the material spec): material, its process, its measurement
            if (historyGenerated.path("nodes").size() != 3 || historyGenerated.path("edges").size() != 2) {
                out.println("check BS-" + n + ": history has " + historyGenerated.path("nodes").size() + " nodes and "
                        + historyGenerated.path("edges").size() + " edges, expected 3 and 2");
                differences++;
            }
            out.println("check BS-" + n + ": compared rows of 4 objects twice, 4 GETs and the history");
        }
        return differences;
    }

    private static UUID objectOf(Connection c, String scope, String uid) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select object_id from record_uid where scope = ? and uid = ?")) {
            s.setString(1, scope);
            s.setString(2, uid);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getObject(1, UUID.class) : null;
            }
        }
    }

    /** Compares the stored rows of these objects with the rows the generator computes for them. */
    private static int compareRows(Connection c, String what, List<RecordObject> submitted, Templates t, JsonMapper json,
            PrintStream out) throws SQLException {
        UUID[] ids = submitted.stream().map(RecordObject::id).toArray(UUID[]::new);
        Instant createdAt = null;
        try (PreparedStatement s = c.prepareStatement("select created_at from record_object where id = ?")) {
            s.setObject(1, ids[0]);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    createdAt = rs.getObject(1, OffsetDateTime.class).toInstant();
                }
            }
        }
        if (createdAt == null) {
            out.println("check " + what + ": object " + ids[0] + " is not stored");
            return 1;
        }
        Rows expected = rows(submitted, t, json, createdAt);
        int differences = 0;
        // record_object: every column but the body as text; the body compared as jsonb by PostgreSQL
        List<String> expectedObjects = new ArrayList<>();
        for (Object[] r : expected.objects()) {
            Object[] withoutBody = r.clone();
            withoutBody[9] = null;
            expectedObjects.add(text(withoutBody));
        }
        List<String> actualObjects = query(c, """
                select id, kind, version, name, template_id, template_version, author, institution, record_date, null,
                       created_at, updated_at, input_hash from record_object where id = any(?) order by id""", ids);
        expectedObjects.sort(null);
        differences += sameRows(out, what + " record_object", expectedObjects, actualObjects);
        try (PreparedStatement s = c.prepareStatement("select body = cast(? as jsonb), body::text, cast(? as jsonb)::text "
                + "from record_object where id = ?")) {
            for (Object[] r : expected.objects()) {
                s.setString(1, (String) r[9]);
                s.setString(2, (String) r[9]);
                s.setObject(3, r[0]);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next() || !rs.getBoolean(1)) {
                        out.println("check " + what + ": body of " + r[0] + " differs\n  stored:   "
                                + (rs.isAfterLast() ? "none" : rs.getString(2)) + "\n  expected: " + rs.getString(3));
                        differences++;
                    }
                }
            }
        }
        differences += sameRows(out, what + " record_uid", sorted(expected.uids()),
                query(c, "select scope, uid, object_id from record_uid where object_id = any(?) order by 1, 2, 3", ids));
        differences += sameRows(out, what + " history_edge", sorted(expected.edges()), query(c,
                "select downstream_id, upstream_id, relation from history_edge where downstream_id = any(?) order by 1, 2, 3", ids));
        differences += sameRows(out, what + " attribute_value", sorted(expected.attributes()), query(c, """
                select object_id, position, attribute_type, name, template_id, template_version, value_type, origin,
                       si_value, si_lower, si_upper, si_unit, category from attribute_value where object_id = any(?)
                order by object_id, position""", ids));
        differences += sameRows(out, what + " record_version", List.of(),
                query(c, "select id, version from record_version where id = any(?)", ids));
        return differences;
    }

    private static List<String> sorted(List<Object[]> rows) {
        List<String> texts = new ArrayList<>(rows.stream().map(SearchData::text).toList());
        texts.sort(null);
        return texts;
    }

    private static List<String> query(Connection c, String sql, UUID[] ids) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("uuid", ids));
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        Object v = rs.getObject(i + 1);
                        row[i] = v instanceof java.sql.Timestamp ts ? ts.toInstant()
                                : v instanceof java.sql.Date d ? d.toLocalDate() : v;
                    }
                    rows.add(text(row));
                }
            }
        }
        rows.sort(null);
        return rows;
    }

    /** A row as text with typed values: "null", uuid, integer, double (Java's shortest form), date, instant. */
    private static String text(Object[] row) {
        StringBuilder b = new StringBuilder();
        for (Object v : row) {
            if (v instanceof OffsetDateTime t) {
                v = t.toInstant();
            }
            String type = v == null ? "" : v instanceof Number num && !(v instanceof Double) ? "int:" : v.getClass().getSimpleName() + ":";
            b.append(type).append(v instanceof Number num && !(v instanceof Double) ? Long.toString(num.longValue()) : String.valueOf(v))
                    .append(" | ");
        }
        return b.toString();
    }

    private static int sameRows(PrintStream out, String what, List<String> expected, List<String> actual) {
        if (expected.equals(actual)) {
            return 0;
        }
        out.println("check " + what + " differs:\n  expected: " + String.join("\n            ", expected)
                + "\n  stored:   " + String.join("\n            ", actual));
        return 1;
    }

    private static JsonNode get(HttpClient http, String url, JsonMapper json) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + ": " + r.statusCode() + " " + r.body());
        }
        return json.readTree(r.body());
    }

    /** Ids replaced by the role of the object, external ids and times removed, nodes and edges sorted. */
    private static JsonNode normalise(JsonNode node, UUID[] ids) {
        String text = node.toString();
        for (int i = 0; i < ids.length; i++) {
            text = text.replace(ids[i].toString(), "<" + ROLES[i] + ">");
        }
        JsonNode copy = JsonMapper.builder().build().readTree(text);
        strip(copy);
        if (copy.has("nodes")) {
            List<JsonNode> nodes = new ArrayList<>();
            copy.get("nodes").forEach(nodes::add);
            nodes.sort((a, b) -> a.path("id").asString().compareTo(b.path("id").asString()));
            ((ObjectNode) copy).putArray("nodes").addAll(nodes);
            List<JsonNode> edges = new ArrayList<>();
            copy.get("edges").forEach(edges::add);
            edges.sort((a, b) -> a.toString().compareTo(b.toString()));
            ((ObjectNode) copy).putArray("edges").addAll(edges);
        }
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove(List.of("uids", "created_at", "updated_at"));
            o.values().forEach(SearchData::strip);
        } else if (node instanceof ArrayNode a) {
            a.values().forEach(SearchData::strip);
        }
    }

    private static int same(PrintStream out, String what, JsonNode expected, JsonNode actual, JsonMapper json) {
        if (expected.equals(actual)) {
            return 0;
        }
        out.println("check " + what + " differs:\n  generated: " + expected + "\n  via API:   " + actual);
        return 1;
    }
}
