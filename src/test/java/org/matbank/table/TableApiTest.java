package org.matbank.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.matbank.access.AccountService;
import org.matbank.access.Audience;
import org.matbank.access.Caller;
import org.matbank.access.DatasetAccess;
import org.matbank.access.DatasetPeople;
import org.matbank.access.DatasetPeople.Person;
import org.matbank.access.TokenService;
import org.matbank.ingest.DemoLoader;
import org.matbank.search.SearchService;
import org.matbank.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Tables over the demo NIMS steels and over small concrete histories made here: one row per
 * terminal material, SI numbers, the missing-value rules, visibility, versions and downloads.
 */
class TableApiTest extends HttpApiTest {

    private static final int STEELS = 437;

    @Autowired
    TableService tables;
    @Autowired
    SearchService search;
    @Autowired
    DatasetAccess access;
    @Autowired
    DemoLoader demo;
    @Autowired
    AccountService accounts;
    @Autowired
    TokenService tokens;

    private String s;
    private String mixing;
    private DatasetPeople people;

    @BeforeEach
    void setUp() {
        s = unique();
        people = new DatasetPeople(accounts, tokens, s);
        Answer template = post("/api/templates", "{\"type\":\"process_template\",\"name\":\"mixing " + s + "\"}");
        assertThat(template.status()).as("%s", template).isEqualTo(201);
        mixing = template.body().path("id").asString();
    }

    private Audience anonymous() {
        return access.audience((Caller) null);
    }

    /**
     * A concrete mix: its ingredients (kg/m³) go into a mixing step of this test's template, then a
     * compression test (and a slump, when given). Tagged with this test's tag. Returns the concrete's id.
     */
    private String concrete(String name, Map<String, Double> amounts, double strengthMpa, Double slumpMm, String dataset, Person by) {
        String u = unique();
        StringBuilder objects = new StringBuilder();
        objects.append("""
                {"type":"process_run","name":"mixing of %2$s","uids":{"c-%1$s":"mix"},"template":%3$s},
                """.formatted(u, name, link(mixing)));
        amounts.forEach((ingredient, kg) -> objects.append("""
                {"type":"material_run","name":"%2$s %1$s","uids":{"c-%1$s":"raw-%2$s"}},
                {"type":"ingredient_run","name":"%2$s","uids":{"c-%1$s":"i-%2$s"},"process":{"scope":"c-%1$s","id":"mix"},
                 "material":{"scope":"c-%1$s","id":"raw-%2$s"},"absolute_quantity":{"type":"nominal_real","nominal":%3$s,"units":"kg/m^3"}},
                """.formatted(u, ingredient, kg)));
        objects.append("""
                {"type":"material_run","name":"%2$s","uids":{"c-%1$s":"concrete"},"process":{"scope":"c-%1$s","id":"mix"},"tags":["t-%3$s"]},
                {"type":"measurement_run","name":"compression test of %2$s","uids":{"c-%1$s":"test"},"material":{"scope":"c-%1$s","id":"concrete"},
                 "properties":[{"name":"compressive strength %3$s","origin":"measured","value":{"type":"nominal_real","nominal":%4$s,"units":"MPa"}}
                """.formatted(u, name, s, strengthMpa));
        if (slumpMm != null) {
            objects.append("""
                    ,{"name":"slump %s","origin":"measured","value":{"type":"nominal_real","nominal":%s,"units":"mm"}}""".formatted(s, slumpMm));
        }
        objects.append("]}");
        Answer created = send("POST", "/api/records/batch" + (dataset == null ? "" : "?dataset=" + dataset),
                "{\"objects\":[" + objects + "]}", by == null ? new String[0] : by.header());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        for (JsonNode o : created.body().path("objects").values()) {
            if (o.path("uids").path("c-" + u).asString().equals("concrete")) {
                return o.path("id").asString();
            }
        }
        throw new AssertionError("no concrete in " + created);
    }

    private String filter() {
        return "tags HAS \"t-" + s + "\"";
    }

    private String cement() {
        return "ingredient:mixing " + s + "/cement";
    }

    private String flyAsh() {
        return "ingredient:mixing " + s + "/fly ash";
    }

    @Test
    void theNimsSteelsGiveOneRowPerSteelWithFractionsTemperatureAndFatigueStrengthInSi() {
        demo.loadIfAbsent();
        search.awaitIndexed();
        TableDefinition definition = TableDefinition.of("tags HAS \"demo\" AND tags HAS \"nims-fatigue\"", List.of("composition:C", "composition:Cr",
                "composition:Mo", "parameter:tempering/tempering temperature", "property:fatigue strength"));

        Table table = tables.build(definition, anonymous());

        assertThat(table.rows()).as("one row per steel: the terminal run, not its spec or the intermediate states").isEqualTo(STEELS);
        assertThat(table.columns()).extracting(TableColumn::name).containsExactly("composition:C (mass fraction)",
                "composition:C (atomic fraction)", "composition:Cr (mass fraction)", "composition:Cr (atomic fraction)",
                "composition:Mo (mass fraction)", "composition:Mo (atomic fraction)", "parameter:tempering/tempering temperature",
                "property:fatigue strength");
        assertThat(table.columns().get(7).unit()).isEqualTo("Pa");
        assertThat(table.columns().get(6).unit()).isEqualTo("K");
        assertThat(table.columns().get(0).missing()).isEqualTo(MissingRule.ZERO);
        assertThat(table.columns().get(6).missing()).isEqualTo(MissingRule.LEAVE);
        assertThat(java.util.Arrays.stream(table.numbers("property:fatigue strength")).boxed().toList()).allSatisfy(v -> assertThat(v).isBetween(1e8, 3e9));
        assertThat(java.util.Arrays.stream(table.numbers("composition:C (mass fraction)")).boxed().toList()).allSatisfy(v -> assertThat(v).isBetween(0.0, 0.02));

        // steel 1: normalized only, fatigue strength 232 MPa, no molybdenum
        UUID steel1 = jdbc.sql("select object_id from record_uid where scope = 'nims-fatigue' and uid = 'steel-1/normalized'")
                .query(UUID.class).single();
        int row = table.materials().indexOf(steel1);
        assertThat(row).as("steel 1's terminal run is a row").isNotNegative();
        assertThat(table.numbers("property:fatigue strength")[row]).isCloseTo(232e6, within(1e-3));
        assertThat(table.numbers("composition:Mo (mass fraction)")[row]).as("absent element, zero rule").isZero();
        assertThat(table.numbers("parameter:tempering/tempering temperature")[row]).as("not tempered, leave rule").isNaN();
        double[] tempering = table.numbers("parameter:tempering/tempering temperature");
        assertThat(java.util.Arrays.stream(tempering).filter(v -> !Double.isNaN(v)).min().orElseThrow())
                .as("tempering temperatures in kelvin").isGreaterThan(273.15);
        assertThat(table.datasets()).containsOnlyNulls();

        // the ingredients of melting are columns too, as mass fractions
        Table all = tables.build(TableDefinition.of("uid = \"nims-fatigue:steel-1/normalized\"", List.of()), anonymous());
        assertThat(all.rows()).isEqualTo(1);
        assertThat(all.columns()).extracting(TableColumn::name).contains("ingredient:melting/C (mass fraction)",
                "ingredient:melting/Fe (mass fraction)", "property:fatigue strength", "condition:loading mode");
        assertThat(all.numbers("ingredient:melting/C (mass fraction)")[0])
                .isCloseTo(table.numbers("composition:C (mass fraction)")[row], within(1e-9));
        assertThat(all.texts("condition:loading mode")[0]).isEqualTo("rotating bending");
    }

    @Test
    void concreteIngredientsAreColumnsInKilogramsPerCubicMetreAndTheMissingRulesApply() {
        String plain = concrete("plain mix " + s, Map.of("cement", 540.0, "water", 162.0), 79.99, null, null, null);
        String ash = concrete("fly ash mix " + s, Map.of("cement", 332.5, "water", 228.0, "fly ash", 50.0), 40.27, 75.0, null, null);
        search.awaitIndexed();
        String slump = "property:slump " + s;

        Table table = tables.build(TableDefinition.of(filter(), List.of(cement(), flyAsh(), "property:compressive strength " + s, slump)),
                anonymous());

        assertThat(table.rows()).isEqualTo(2);
        int p = table.materials().indexOf(UUID.fromString(plain));
        int a = table.materials().indexOf(UUID.fromString(ash));
        assertThat(table.columns().get(0).unit()).as("kg/m³ in SI").contains("kg").contains("m");
        assertThat(table.numbers(cement())[p]).isEqualTo(540.0);
        assertThat(table.numbers(cement())[a]).isEqualTo(332.5);
        assertThat(table.numbers(flyAsh())[a]).isEqualTo(50.0);
        assertThat(table.numbers(flyAsh())[p]).as("an absent ingredient is 0 by default").isZero();
        assertThat(table.numbers("property:compressive strength " + s)[p]).isCloseTo(79.99e6, within(1e-3));
        assertThat(table.numbers(slump)[p]).as("a property left missing by default").isNaN();
        assertThat(table.numbers(slump)[a]).isCloseTo(0.075, within(1e-12));

        // the ingredient facts are searchable too, by step and name, in any unit of their dimension
        Answer found = get("/api/search?filter=" + java.net.URLEncoder.encode("ingredient.\"mixing " + s
                + "\".cement >= 500 kg/m^3 AND " + filter(), StandardCharsets.UTF_8));
        assertThat(found.status()).as("%s", found).isEqualTo(200);
        assertThat(found.body().path("total").asLong()).isEqualTo(1);
        assertThat(found.body().path("hits").path(0).path("id").asString()).isEqualTo(plain);

        TableDefinition leave = TableDefinition.of(filter(), List.of(cement(), flyAsh())).missing(flyAsh(), MissingRule.LEAVE);
        assertThat(tables.build(leave, anonymous()).numbers(flyAsh())[p]).isNaN();
        Table dropped = tables.build(TableDefinition.of(filter(), List.of(cement(), slump)).missing(slump, MissingRule.DROP_ROW), anonymous());
        assertThat(dropped.materials()).containsExactly(UUID.fromString(ash));
        Table zeroed = tables.build(TableDefinition.of(filter(), List.of(slump)).missing(slump, MissingRule.ZERO), anonymous());
        assertThat(zeroed.numbers(slump)[zeroed.materials().indexOf(UUID.fromString(plain))]).isZero();
        assertThatThrownBy(() -> tables.build(TableDefinition.of(filter(), List.of(cement())).missing("property:nothing", MissingRule.ZERO),
                anonymous())).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).rule()).isEqualTo("table.missing.column"));
    }

    @Test
    void savingTwiceMakesTwoVersionsWithOneSnapshotUntilTheDataChange() {
        concrete("mix a " + s, Map.of("cement", 400.0, "water", 180.0), 50.0, null, null, null);
        search.awaitIndexed();
        String body = """
                {"name":"concrete %s","definition":{"filter":%s,"columns":["%s","ingredient:mixing %s/water"],
                 "missing":{"%s":"drop-row"}}}""".formatted(s, JSON.writeValueAsString(filter()), cement(), s, cement());

        Answer first = post("/api/tables", body);
        Answer second = post("/api/tables", body);

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(second.status()).as("%s", second).isEqualTo(201);
        assertThat(first.body().path("version").asInt()).isEqualTo(1);
        assertThat(second.body().path("version").asInt()).isEqualTo(2);
        assertThat(second.body().path("table_id").asString()).isEqualTo(first.body().path("table_id").asString());
        assertThat(second.body().path("rows").asInt()).isEqualTo(1);
        assertThat(second.body().path("columns").path(0).path("name").asString()).isEqualTo(cement());
        assertThat(second.body().path("columns").path(0).path("missing").asString()).isEqualTo("drop-row");
        assertThat(second.body().path("snapshot").asString()).isEqualTo(first.body().path("snapshot").asString()).hasSize(64);
        String id = first.body().path("table_id").asString();
        Answer detail = get("/api/tables/" + id);
        assertThat(detail.body().path("versions").size()).isEqualTo(2);
        assertThat(get("/api/tables").text()).contains(id);

        TableVersion stored = tables.version(UUID.fromString(id), 1, anonymous(), null);
        assertThat(tables.build(stored.definition(), anonymous()).snapshot()).as("a rebuild of unchanged data")
                .isEqualTo(stored.snapshot());
        concrete("mix b " + s, Map.of("cement", 420.0, "water", 170.0), 55.0, null, null, null);
        search.awaitIndexed();
        Table rebuilt = tables.build(stored.definition(), anonymous());
        assertThat(rebuilt.rows()).isEqualTo(2);
        assertThat(rebuilt.snapshot()).isNotEqualTo(stored.snapshot());
    }

    @Test
    void aHiddenDatasetsMaterialsNeverAppearForAnOutsider() {
        Person kim = people.user("kim");
        Person park = people.user("park");
        String dataset = send("POST", "/api/datasets", "{\"name\":\"hidden concrete " + s + "\"}", kim.header())
                .body().path("dataset").path("id").asString();
        String hidden = concrete("hidden mix " + s, Map.of("cement", 300.0), 30.0, null, dataset, kim);
        search.awaitIndexed();
        TableDefinition definition = TableDefinition.of(filter(), List.of(cement()));

        Table own = tables.build(definition, access.audience(caller(kim)));

        assertThat(own.materials()).containsExactly(UUID.fromString(hidden));
        assertThat(own.datasets()).containsExactly(UUID.fromString(dataset));
        assertThatThrownBy(() -> tables.build(definition, access.audience(caller(park)))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).rule()).isEqualTo("table.empty"));
        assertRefused(send("POST", "/api/tables", "{\"name\":\"peek " + s + "\",\"definition\":{\"filter\":"
                + JSON.writeValueAsString(filter()) + "}}", park.header()), 422, "table.empty");
        Answer saved = send("POST", "/api/tables", "{\"name\":\"kim " + s + "\",\"definition\":{\"filter\":"
                + JSON.writeValueAsString(filter()) + "}}", kim.header());
        assertThat(saved.status()).as("%s", saved).isEqualTo(201);
        String id = saved.body().path("table_id").asString();
        assertThat(send("GET", "/api/tables/" + id, null, park.header()).status()).as("another's table").isEqualTo(404);
        assertThat(send("GET", "/api/tables/" + id + "/versions/1/data?format=csv", null, park.header()).status()).isEqualTo(404);
        assertThat(send("GET", "/api/tables", null, park.header()).text()).doesNotContain(id);
    }

    @Test
    void anUnknownColumnIsRefusedNamingItAndTheCloseNames() {
        concrete("mix " + s, Map.of("cement", 350.0), 35.0, null, null, null);
        search.awaitIndexed();

        Answer refused = post("/api/tables", """
                {"name":"typo %s","definition":{"filter":%s,"columns":["ingredient:mixing %s/cemnt"]}}"""
                .formatted(s, JSON.writeValueAsString(filter()), s));
        Answer badFilter = post("/api/tables", """
                {"name":"bad %s","definition":{"filter":"tags HAS HAS","columns":[]}}""".formatted(s));

        JsonNode violation = assertRefused(refused, 400, "table.column.unknown");
        assertThat(violation.path("path").asString()).isEqualTo("columns[0]");
        assertThat(violation.path("value").asString()).isEqualTo("ingredient:mixing " + s + "/cemnt");
        assertThat(violation.path("message").asString()).contains("close names").contains(cement());
        assertThat(badFilter.status()).as("%s", badFilter).isEqualTo(400);
        assertThat(badFilter.text()).contains("filter");
    }

    @Test
    void aCsvDownloadGoesThroughTheExportPathAndObeysProtection() throws IOException {
        Person kim = people.user("kim", "KR", true);
        String dataset = send("POST", "/api/datasets", "{\"name\":\"core concrete " + s + "\"}", kim.header())
                .body().path("dataset").path("id").asString();
        concrete("core mix 1 " + s, Map.of("cement", 380.0, "water", 190.0), 42.5, null, dataset, kim);
        concrete("core mix 2 " + s, Map.of("cement", 450.0, "water", 160.0), 61.0, null, dataset, kim);
        assertThat(send("POST", "/api/datasets/" + dataset + "/state", "{\"state\":\"public\"}", kim.header()).status()).isEqualTo(200);
        search.awaitIndexed();
        Answer saved = send("POST", "/api/tables", "{\"name\":\"core " + s + "\",\"definition\":{\"filter\":"
                + JSON.writeValueAsString(filter()) + ",\"columns\":[\"" + cement() + "\",\"property:compressive strength " + s + "\"]}}",
                kim.header());
        assertThat(saved.status()).as("%s", saved).isEqualTo(201);
        String data = "/api/tables/" + saved.body().path("table_id").asString() + "/versions/1/data";

        HttpResponse<byte[]> csv = download(data + "?format=csv", kim.header());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("X-Record-Count")).hasValue("2");
        String fingerprint = csv.headers().firstValue("X-Export-Fingerprint").orElseThrow();
        Map<String, byte[]> entries = unzip(csv.body());
        assertThat(entries).containsKeys("records.csv", "manifest.json");
        String text = new String(entries.get("records.csv"), StandardCharsets.UTF_8);
        assertThat(text).contains(cement() + " [").contains("property:compressive strength " + s + " [Pa]")
                .contains("380").contains("42500000").contains(fingerprint);
        assertThat(jdbc.sql("select count(*) from export_log where fingerprint = ?").param(fingerprint).query(Long.class).single())
                .as("the export log has it").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'export' and detail->>'fingerprint' = ?")
                .param(fingerprint).query(Long.class).single()).isEqualTo(1);
        HttpResponse<byte[]> parquet = download(data + "?format=parquet", kim.header());
        assertThat(parquet.statusCode()).isEqualTo(200);
        assertThat(unzip(parquet.body())).containsKey("records.parquet");

        assertThat(send("PUT", "/api/datasets/" + dataset + "/protection", "{\"secure_zone\":true}", kim.header()).status()).isEqualTo(200);
        HttpResponse<byte[]> refused = download(data + "?format=csv", kim.header());
        assertThat(refused.statusCode()).as("secure zone: analysed inside, never exported raw").isEqualTo(403);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("export.secure-zone");
        assertThat(tables.build(TableDefinition.of(filter(), List.of(cement())), access.audience(caller(kim))).rows())
                .as("still built inside MatBank").isEqualTo(2);
    }

    private Caller caller(Person p) {
        return new Caller(UUID.fromString(p.id()), p.login(), null, null, java.util.Set.of(org.matbank.access.Scope.WRITE));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
