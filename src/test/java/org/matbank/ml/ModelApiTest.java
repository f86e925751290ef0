package org.matbank.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matbank.HttpApiTest;
import org.matbank.access.AccountService;
import org.matbank.access.Audience;
import org.matbank.access.DatasetPeople;
import org.matbank.access.DatasetPeople.Person;
import org.matbank.access.TokenService;
import org.matbank.ingest.DemoLoader;
import org.matbank.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The model registry over HTTP on the demo steels: training with cross-validation, provenance,
 * importance, predictions with the training-domain flag, clear refusals, determinism, the
 * standalone artifact run by Python, and models that obey the access rules of their data.
 */
class ModelApiTest extends HttpApiTest {

    // the demo steels only: an import test of the shared context adds NIMS rows of its own
    private static final String STEELS = "tags HAS \\\"demo\\\" AND tags HAS \\\"nims-fatigue\\\"";
    private static final String FATIGUE = "property:fatigue strength";
    private static final String TEMPERING = "parameter:tempering/tempering temperature";
    /** Lighter than the defaults: the tests check behaviour, bench/ml.sh the accuracy of the defaults. */
    private static final String LIGHT = "\"parameters\":{\"rounds\":80,\"eta\":0.15,\"ensemble_size\":4},";

    @Autowired
    DemoLoader demo;
    @Autowired
    SearchService search;
    @Autowired
    AccountService accounts;
    @Autowired
    TokenService tokens;
    @Autowired
    ModelService models;
    @Autowired
    ModelRepository repository;

    private String s;

    @BeforeEach
    void setUp() {
        s = unique();
        demo.loadIfAbsent();
        search.awaitIndexed();
    }

    private Answer train(String name, String kind, long seed, String... headers) {
        String body = """
                {"name":"%s","table":{"filter":"%s"},"target":"%s",%s"folds":5,"seed":%d}"""
                .formatted(name, STEELS, FATIGUE, kind == null ? "" : "\"kind\":\"" + kind + "\"," + LIGHT, seed);
        return send("POST", "/api/models", body, headers);
    }

    @Test
    void aModelOfTheDemoSteelsIsCrossValidatedExplainedAndKeepsItsProvenance() {
        Answer trained = train("nims " + s, "gradient-boosting", 7);

        assertThat(trained.status()).as("%s", trained).isEqualTo(201);
        JsonNode m = trained.body();
        assertThat(m.path("version").asInt()).isEqualTo(1);
        assertThat(m.path("kind").asString()).isEqualTo("gradient-boosting");
        assertThat(m.path("target_unit").asString()).isEqualTo("Pa");
        assertThat(m.path("rows").asInt()).isEqualTo(437);
        JsonNode metrics = m.path("evaluation").path("metrics");
        assertThat(metrics.path("r2").asDouble()).as("out-of-fold R² of fatigue strength").isGreaterThan(0.95);
        assertThat(metrics.path("mae").asDouble()).as("MAE in Pa").isLessThan(30e6);
        assertThat(metrics.path("coverage95").asDouble()).as("recalibrated 95 %% interval").isBetween(0.85, 1.0);
        assertThat(m.path("evaluation").path("parity").size()).isEqualTo(437);
        assertThat(m.path("snapshot").asString()).hasSize(64);
        assertThat(m.path("document_sha256").asString()).hasSize(64);
        assertThat(m.path("code_version").asString()).startsWith("MatBank");
        assertThat(m.path("sigma_scale").asDouble()).isPositive();

        List<String> top = new ArrayList<>();
        m.path("analysis").path("importance").values().forEach(f -> top.add(f.path("feature").asString()));
        assertThat(top.subList(0, 10)).as("the published drivers of fatigue strength are among the top features")
                .contains(TEMPERING).anyMatch(f -> f.startsWith("composition:C ") || f.startsWith("composition:Cr ")
                        || f.startsWith("composition:Mo "));
        assertThat(m.path("analysis").path("partial_dependence").size()).isPositive();

        Answer again = get("/api/models/" + m.path("id").asString());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("evaluation").path("metrics")).isEqualTo(metrics);
        assertThat(get("/api/models").body().values()).anyMatch(x -> x.path("id").equals(m.path("id")));
    }

    @Test
    void predictionsCarryTheirUncertaintyAndFlagRowsOutsideTheTrainingDomain() {
        JsonNode m = train("predict " + s, "gradient-boosting", 3).body();
        String id = m.path("id").asString();
        String inside = """
                {"%s":{"value":550,"unit":"degC"}}""".formatted(TEMPERING);
        String outside = """
                {"%s":{"value":2000,"unit":"degC"}}""".formatted(TEMPERING);

        Answer p = post("/api/models/" + id + "/predictions", "{\"rows\":[" + inside + "," + outside + "]}");

        assertThat(p.status()).as("%s", p).isEqualTo(200);
        JsonNode first = p.body().path("predictions").get(0);
        JsonNode second = p.body().path("predictions").get(1);
        assertThat(first.path("unit").asString()).isEqualTo("Pa");
        assertThat(first.path("value").asDouble()).isBetween(1e8, 3e9);
        assertThat(first.path("sigma").asDouble()).isPositive();
        assertThat(second.path("outside_domain").asBoolean()).isTrue();
        assertThat(second.path("outside").values()).extracting(JsonNode::asString).contains(TEMPERING);

        Answer badUnit = post("/api/models/" + id + "/predictions", "{\"rows\":[{\"" + TEMPERING + "\":{\"value\":1,\"unit\":\"kg\"}}]}");
        JsonNode error = assertRefused(badUnit, 422, "prediction.unit");
        assertThat(error.path("path").asString()).isEqualTo("rows[0]." + TEMPERING + ".unit");
        assertRefused(post("/api/models/" + id + "/predictions", "{\"rows\":[{\"property:hardness\":1}]}"), 422, "prediction.column");

        Answer curve = post("/api/models/" + id + "/what-if", "{\"column\":\"" + TEMPERING + "\",\"points\":10}");
        assertThat(curve.status()).as("%s", curve).isEqualTo(200);
        assertThat(curve.body().path("grid").size()).isEqualTo(10);
        assertThat(curve.body().path("mean").size()).isEqualTo(10);
    }

    @Test
    void aBadTargetIsRefusedNamingTheTableColumnsAndNothingIsStored() {
        long before = jdbc.sql("select count(*) from model").query(Long.class).single();
        Answer refused = send("POST", "/api/models", """
                {"name":"bad %s","table":{"filter":"%s"},"target":"property:fatigue strenght"}""".formatted(s, STEELS));
        JsonNode error = assertRefused(refused, 422, "model.target");
        assertThat(error.path("message").asString()).contains("property:fatigue strength");
        assertThat(jdbc.sql("select count(*) from model").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theSameSeedAndDataGiveTheSameModelAsTheNextVersion() {
        JsonNode first = train("seeded " + s, "gradient-boosting", 11).body();
        JsonNode second = train("seeded " + s, "gradient-boosting", 11).body();

        assertThat(second.path("version").asInt()).isEqualTo(2);
        assertThat(second.path("document_sha256")).isEqualTo(first.path("document_sha256"));
        assertThat(second.path("evaluation").path("metrics")).isEqualTo(first.path("evaluation").path("metrics"));
    }

    /** Each kind with light hyper-parameters (the linear one with Magpie features, which the Python predictor computes too). */
    private static final List<String[]> KINDS = List.of(
            new String[] {"gradient-boosting", "{\"rounds\":60,\"eta\":0.2,\"ensemble_size\":3}", "false"},
            new String[] {"random-forest", "{\"trees\":30}", "false"},
            new String[] {"gaussian-process", "{\"restarts\":1,\"max_evaluations\":40,\"optimisation_rows\":120}", "false"},
            new String[] {"linear", "{}", "true"});

    @Test
    void everyKindRoundTripsThroughTheRegistryAndItsArtifactPredictsWithoutTheServerAsTheServerDoes(@TempDir Path dir)
            throws Exception {
        for (String[] kind : KINDS) {
            Answer trained = send("POST", "/api/models", """
                    {"name":"artifact %s %s","table":{"filter":"%s"},"target":"%s","kind":"%s","parameters":%s,"magpie":%s,
                     "folds":3,"seed":5}""".formatted(kind[0], s, STEELS, FATIGUE, kind[0], kind[1], kind[2]));
            assertThat(trained.status()).as("%s", trained).isEqualTo(201);
            artifactAgrees(trained.body(), Files.createDirectory(dir.resolve(kind[0])));
        }
    }

    private void artifactAgrees(JsonNode m, Path dir) throws Exception {
        String id = m.path("id").asString();
        long logged = jdbc.sql("select count(*) from audit_event where target = 'model artifact' and detail->>'model' = ?")
                .param(id).query(Long.class).single();
        HttpResponse<byte[]> zip = download("/api/models/" + id + "/artifact");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_event where target = 'model artifact' and detail->>'model' = ?")
                .param(id).query(Long.class).single()).as("the export is in the audit log").isEqualTo(logged + 1);
        Path folder = unzip(zip.body(), dir);
        assertThat(folder.resolve("manifest.json")).exists();
        assertThat(folder.resolve("model.json")).exists();
        assertThat(folder.resolve("README.md")).exists();

        List<String> columns = new ArrayList<>();
        m.path("analysis").path("inputs").values().forEach(c -> columns.add(c.path("column").asString()));
        StringBuilder csv = new StringBuilder(String.join(",", columns.stream().map(c -> "\"" + c + "\"").toList())).append('\n');
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < 3; r++) {
            List<String> cells = new ArrayList<>();
            StringBuilder row = new StringBuilder("{");
            for (JsonNode range : m.path("analysis").path("inputs").values()) {
                double v = range.path("min").asDouble() + (range.path("max").asDouble() - range.path("min").asDouble()) * r / 2.0;
                cells.add(Double.toString(v));
                row.append(row.length() > 1 ? "," : "").append('"').append(range.path("column").asString()).append("\":").append(v);
            }
            csv.append(String.join(",", cells)).append('\n');
            rows.append(rows.length() > 0 ? "," : "").append(row).append('}');
        }
        Files.writeString(dir.resolve("in.csv"), csv);
        Process python = new ProcessBuilder("python3", folder.resolve("predict.py").toString(), dir.resolve("in.csv").toString(),
                dir.resolve("out.csv").toString()).redirectErrorStream(true).start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(output).isZero();

        JsonNode server = post("/api/models/" + id + "/predictions", "{\"rows\":[" + rows + "]}").body().path("predictions");
        Model stored = models.find(UUID.fromString(id), new Audience(true, Set.of())).orElseThrow();
        // the model read back from its stored document, not the one kept in memory since training
        Regressor reread = Regressors.read(stored.kind(), repository.document(stored.id()));
        List<String> lines = Files.readAllLines(dir.resolve("out.csv"));
        assertThat(lines).hasSize(4);
        for (int r = 0; r < 3; r++) {
            String[] cells = lines.get(r + 1).split(",");
            int n = columns.size();
            double value = server.get(r).path("value").asDouble();
            double sigma = server.get(r).path("sigma").asDouble();
            assertThat(Double.parseDouble(cells[n])).as(stored.kind() + " in Python").isCloseTo(value, within(1e-4 * 1e6));
            assertThat(Double.parseDouble(cells[n + 1])).as(stored.kind() + " sigma in Python").isCloseTo(sigma, within(1e-4 * 1e6));
            int row = r;
            double[] x = stored.inputs().features(c -> columnValue(m, c, row));
            Predictions again = reread.predict(new double[][] {x});
            assertThat(again.mean()[0]).as(stored.kind() + " read back").isEqualTo(value);
            assertThat(again.sigma()[0] * stored.sigmaScale()).as(stored.kind() + " sigma read back").isCloseTo(sigma, within(1e-9 * sigma));
        }
    }

    private static Double columnValue(JsonNode m, String column, int r) {
        for (JsonNode range : m.path("analysis").path("inputs").values()) {
            if (range.path("column").asString().equals(column)) {
                return range.path("min").asDouble() + (range.path("max").asDouble() - range.path("min").asDouble()) * r / 2.0;
            }
        }
        return null;
    }

    @Test
    void aModelOfADraftDatasetIsSeenOnlyByThoseWhoSeeItsDataAndCreditsTheDataset() {
        DatasetPeople people = new DatasetPeople(accounts, tokens, s);
        Person kim = people.user("kim");
        Person park = people.user("park");
        String dataset = send("POST", "/api/datasets", "{\"name\":\"alloys " + s + "\"}", kim.header())
                .body().path("dataset").path("id").asString();
        StringBuilder objects = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            double temperature = 300 + 20 * i;
            objects.append(i == 0 ? "" : ",").append("""
                    {"type":"process_run","name":"anneal %1$d %2$s","uids":{"m-%2$s":"p%1$d"},
                     "parameters":[{"name":"anneal %2$s","origin":"specified","value":{"type":"nominal_real","nominal":%4$s,"units":"K"}}]},
                    {"type":"material_run","name":"alloy %1$d %2$s","tags":["m-%2$s"],"uids":{"m-%2$s":"a%1$d"},"process":{"scope":"m-%2$s","id":"p%1$d"}},
                    {"type":"measurement_run","name":"hardness test %1$d %2$s","material":{"scope":"m-%2$s","id":"a%1$d"},
                     "properties":[{"name":"hardness %2$s","origin":"measured","value":{"type":"nominal_real","nominal":%3$s,"units":"MPa"}}]}"""
                    .formatted(i, s, 100 + 0.5 * temperature, temperature));
        }
        Answer created = send("POST", "/api/records/batch?dataset=" + dataset, "{\"objects\":[" + objects + "]}", kim.header());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        search.awaitIndexed();
        String body = """
                {"name":"hidden %1$s","table":{"filter":"tags HAS \\"m-%1$s\\""},"target":"property:hardness %1$s",
                 "inputs":["parameter:anneal %1$s"],"kind":"linear","folds":3}""".formatted(s);

        Answer trained = send("POST", "/api/models", body, kim.header());

        assertThat(trained.status()).as("%s", trained).isEqualTo(201);
        String id = trained.body().path("id").asString();
        assertThat(send("GET", "/api/models/" + id, null, kim.header()).status()).isEqualTo(200);
        assertThat(send("GET", "/api/models/" + id, null, park.header()).status()).as("an outsider").isEqualTo(404);
        assertThat(get("/api/models/" + id).status()).as("anonymous").isEqualTo(404);
        assertThat(send("POST", "/api/models/" + id + "/predictions", "{\"rows\":[{}]}", park.header()).status()).isEqualTo(404);
        assertThat(send("GET", "/api/models/" + id + "/artifact", null, park.header()).status()).isEqualTo(404);
        assertThat(send("GET", "/api/models", null, park.header()).body().values()).noneMatch(x -> x.path("id").asString().equals(id));
        assertThat(send("GET", "/api/datasets/" + dataset + "/credit", null, kim.header()).body().path("model_uses").asLong())
                .isEqualTo(1);
        Answer outsiderTrains = send("POST", "/api/models", body, park.header());
        assertRefused(outsiderTrains, 422, "table.empty");
    }

    private static Path unzip(byte[] zip, Path dir) throws IOException {
        Path root = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path file = dir.resolve(e.getName()).normalize();
                assertThat(file.startsWith(dir)).isTrue();
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
                root = file.getParent();
            }
        }
        return root;
    }
}
