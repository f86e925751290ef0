package org.matbank.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.matbank.access.AccountService;
import org.matbank.access.Audience;
import org.matbank.access.DatasetPeople;
import org.matbank.access.DatasetPeople.Person;
import org.matbank.access.TokenService;
import org.matbank.ingest.DemoLoader;
import org.matbank.search.SearchService;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The closed loop on the demo steels over HTTP: a design proposes steels, one is saved as a
 * planned experiment in a dataset, its measured result arrives, and the next round learns from it
 * (one more experiment, a new best) and proposes again; the history keeps both rounds. Designs
 * follow their models' access rules, and bad requests store nothing.
 */
class DesignApiTest extends HttpApiTest {

    private static final String FATIGUE = "property:fatigue strength";

    @Autowired
    DemoLoader demo;
    @Autowired
    SearchService search;
    @Autowired
    AccountService accounts;
    @Autowired
    TokenService tokens;
    @Autowired
    DesignService designs;
    @Autowired
    DesignRepository repository;

    private String s;
    private Person kim;
    private Person park;
    private String dataset;

    @BeforeEach
    void setUp() {
        demo.loadIfAbsent();
        search.awaitIndexed();
        s = unique();
        DatasetPeople people = new DatasetPeople(accounts, tokens, s);
        kim = people.user("kim");
        park = people.user("park");
        dataset = send("POST", "/api/datasets", "{\"name\":\"steel design " + s + "\"}", kim.header()).body().path("dataset").path("id").asString();
    }

    private String model() {
        String body = """
                {"name":"loop %1$s","table":{"filter":"(tags HAS \\"demo\\" AND tags HAS \\"nims-fatigue\\") OR tags HAS \\"loop-%1$s\\""},
                 "target":"%2$s","kind":"linear","folds":3,"seed":1}""".formatted(s, FATIGUE);
        Answer trained = send("POST", "/api/models", body, kim.header());
        assertThat(trained.status()).as("%s", trained).isEqualTo(201);
        return trained.body().path("id").asString();
    }

    private String designBody(String model) {
        return """
                {"name":"tough steel %s","models":["%s"],"targets":[{"property":"%s","kind":"at-least","low":700,"unit":"MPa"}],
                 "samples":500,"candidates":4,"seed":1}""".formatted(s, model, FATIGUE);
    }

    @Test
    void theLoopLearnsFromTheMeasuredResultOfAPlannedExperimentAndProposesAgain() {
        String model = model();
        Answer created = send("POST", "/api/designs", designBody(model), kim.header());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.body().path("id").asString();
        JsonNode first = created.body().path("rounds").get(0);
        assertThat(first.path("outcome").path("candidates").size()).isEqualTo(4);
        int experiments = first.path("experiments").asInt();
        assertThat(experiments).as("the demo steels").isGreaterThanOrEqualTo(437);
        assertThat(first.path("best").asDouble()).as("the strongest demo steel, in Pa").isEqualTo(1190e6);
        assertThat(get("/api/designs/" + id).status()).as("public data: anyone sees it").isEqualTo(200);

        Answer saved = send("POST", "/api/designs/" + id + "/rounds/1/specs", "{\"dataset\":\"" + dataset + "\",\"candidates\":[1]}",
                kim.header());
        assertThat(saved.status()).as("%s", saved).isEqualTo(201);
        String spec = saved.body().path("specs").path("1").asString();
        JsonNode specRecord = send("GET", "/api/records/" + spec, null, kim.header()).body();
        assertThat(specRecord.path("type").asString()).isEqualTo("material_spec");
        assertThat(specRecord.path("tags").toString()).contains("planned experiment");
        double carbon = first.path("outcome").path("candidates").get(0).path("values").path("composition:C (mass fraction)").asDouble();
        assertThat(specRecord.path("properties").get(0).path("value").path("quantities").path("C").asDouble())
                .as("the candidate's carbon in wt%").isCloseTo(carbon * 100, within(1e-9));
        assertThat(send("GET", "/api/designs/" + id, null, kim.header()).body().path("rounds").get(0).path("outcome").path("candidates").get(0)
                .path("spec").asString()).isEqualTo(spec);
        assertRefused(send("POST", "/api/designs/" + id + "/rounds/1/specs", "{\"dataset\":\"" + dataset + "\",\"candidates\":[1]}",
                kim.header()), 422, "design.spec.saved");
        assertThat(get("/api/designs/" + id).body().path("rounds").get(0).path("outcome").path("candidates").get(0).path("spec").isNull())
                .as("the spec lies in kim's draft dataset: others are not told of it").isTrue();
        assertRefused(send("POST", "/api/designs/" + id + "/rounds", null, park.header()), 403, "design.owner");

        String results = """
                {"objects":[{"type":"material_run","name":"steel made from the plan %1$s","tags":["loop-%1$s"],"uids":{"lab-%1$s":"steel"},
                  "spec":{"scope":"matbank-design","id":"%2$s/r1/c1"}},
                 {"type":"measurement_run","name":"fatigue test %1$s","material":{"scope":"lab-%1$s","id":"steel"},
                  "properties":[{"name":"fatigue strength","origin":"measured","value":{"type":"nominal_real","nominal":1250,"units":"MPa"}}]}]}"""
                .formatted(s, id);
        Answer measured = send("POST", "/api/records/batch?dataset=" + dataset, results, kim.header());
        assertThat(measured.status()).as("%s", measured).isEqualTo(201);
        search.awaitIndexed();

        Answer next = send("POST", "/api/designs/" + id + "/rounds", null, kim.header());

        assertThat(next.status()).as("%s", next).isEqualTo(201);
        JsonNode second = next.body().path("rounds").get(1);
        assertThat(second.path("round").asInt()).isEqualTo(2);
        assertThat(second.path("experiments").asInt()).as("the measured plan").isEqualTo(experiments + 1);
        assertThat(second.path("best").asDouble()).as("the new best").isEqualTo(1250e6);
        assertThat(second.path("models").get(0).asString()).as("a retrained model").isNotEqualTo(model);
        assertThat(second.path("outcome").path("candidates").size()).isEqualTo(4);
        assertThat(get("/api/designs/" + id).status()).as("it learnt from kim's draft dataset").isEqualTo(404);
        JsonNode listed = send("GET", "/api/designs", null, kim.header()).body().values().stream()
                .filter(d -> d.path("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(listed.path("rounds").asInt()).isEqualTo(2);
        assertThat(listed.path("experiments").asInt()).isEqualTo(experiments + 1);
        assertThat(get("/api/designs").body().values()).as("nor listed to others").noneMatch(d -> d.path("id").asString().equals(id));

        Answer csv = send("GET", "/api/designs/" + id + "/rounds/2/candidates.csv", null, kim.header());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text().lines().toList()).hasSize(5);
        assertThat(csv.text().lines().findFirst().orElseThrow()).startsWith("rank,score,probability").contains(FATIGUE + " mean");
    }

    @Test
    void aRoundStoredTwiceIsAConflictNotACrash() {
        Answer created = send("POST", "/api/designs", designBody(model()), kim.header());
        Design design = designs.get(UUID.fromString(created.body().path("id").asString()), new Audience(true, Set.of()));

        assertThatThrownBy(() -> repository.insert(design.id(), design.latest()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.CONFLICT);
                    assertThat(e.violations().get(0).rule()).isEqualTo("design.round.conflict");
                });
    }

    @Test
    void anInfeasibleSpaceIsExplainedAndNothingIsStored() {
        String model = model();
        Map<String, Long> before = rowCounts();
        String body = """
                {"name":"impossible %s","models":["%s"],"targets":[{"property":"%s","kind":"at-least","low":700,"unit":"MPa"}],
                 "space":{"compositions":[{"name":"composition","unit":"mass fraction","total":1,
                   "components":[{"name":"C (mass fraction)","min":0.6,"max":0.9},{"name":"Fe (mass fraction)","min":0.5,"max":0.9}]}]}}"""
                .formatted(s, model, FATIGUE);

        Answer refused = send("POST", "/api/designs", body, kim.header());

        JsonNode error = assertRefused(refused, 422, "design.composition.sum");
        assertThat(error.toString()).contains("space.compositions[0]");
        assertNothingWritten(before);
        assertRefused(send("POST", "/api/designs", designBody(model).replace("\"MPa\"", "\"K\""), kim.header()), 422, "design.target.unit");
        assertRefused(send("POST", "/api/designs", designBody(model).replace("\"samples\"", "\"strategy\":\"bogus\",\"samples\""),
                kim.header()), 400, "json.field.type");
        assertThat(send("GET", "/api/designs/00000000-0000-0000-0000-000000000000", null, kim.header()).status()).isEqualTo(404);
    }
}
