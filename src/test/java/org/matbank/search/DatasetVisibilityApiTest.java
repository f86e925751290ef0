package org.matbank.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.matbank.access.AccountService;
import org.matbank.access.DatasetPeople;
import org.matbank.access.DatasetPeople.Person;
import org.matbank.access.TokenService;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Records of a dataset are seen by exactly those its state and members allow, on every read path:
 * the record API, histories, search hits, totals and facets, and exports. A public material whose
 * history uses a hidden ingredient is found and shown without anything of that ingredient.
 */
class DatasetVisibilityApiTest extends HttpApiTest {

    @Autowired
    SearchService searchService;

    @Autowired
    AccountService accounts;
    @Autowired
    TokenService tokens;

    private String s;
    private Person kim;
    private Person lee;
    private Person park;
    private Person admin;

    @BeforeEach
    void people() {
        s = unique();
        DatasetPeople people = new DatasetPeople(accounts, tokens, s);
        kim = people.user("kim");
        lee = people.user("lee");
        park = people.user("park");
        admin = people.admin();
    }

    private String dataset(String name) {
        return send("POST", "/api/datasets", "{\"name\":\"" + name + "\"}", kim.header()).body().path("dataset").path("id").asString();
    }

    private void state(String id, String body) {
        Answer a = send("POST", "/api/datasets/" + id + "/state", body, kim.header());
        assertThat(a.status()).as("%s", a).isEqualTo(200);
    }

    /** A steel with a tensile test, in the dataset (null: in none); the id of the material run. */
    private String steel(String name, String institution, String dataset, Person by) {
        String u = unique();
        String batch = """
                {"objects":[
                  {"type":"material_run","name":"%2$s","uids":{"v-%1$s":"m"},"institution":"%3$s","notes":"비밀강도 %4$s"},
                  {"type":"measurement_run","name":"tensile test of %2$s","uids":{"v-%1$s":"t"},"material":{"scope":"v-%1$s","id":"m"},
                   "properties":[{"name":"tensile strength","origin":"measured","value":{"type":"nominal_real","nominal":1234,"units":"MPa"}}]}
                ]}""".formatted(u, name, institution, s);
        Answer created = send("POST", "/api/records/batch" + (dataset == null ? "" : "?dataset=" + dataset), batch,
                by == null ? new String[0] : by.header());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        for (JsonNode o : created.body().path("objects").values()) {
            if (o.path("type").asString().equals("material_run")) {
                return o.path("id").asString();
            }
        }
        throw new AssertionError("no material run in " + created);
    }

    /** Total and hits of a search for this test's words, as a caller sees it (null: anonymous). */
    private JsonNode search(Person who, String filter) {
        String path = "/api/search?text=" + URLEncoder.encode(s, StandardCharsets.UTF_8) + "&facets=institution"
                + (filter == null ? "" : "&filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
        Answer found = send("GET", path, null, who == null ? new String[0] : who.header());
        assertThat(found.status()).as("%s", found).isEqualTo(200);
        return found.body();
    }

    private int status(Person who, String path) {
        return send("GET", path, null, who == null ? new String[0] : who.header()).status();
    }

    @Test
    void eachStateShowsTheRecordsToExactlyTheRightCallers() {
        String id = dataset("visibility " + s);
        send("PUT", "/api/datasets/" + id + "/members", "{\"login\":\"" + lee.login() + "\",\"role\":\"viewer\"}", kim.header());
        String secret = steel("secret steel " + s, "Hidden Institute " + s, id, kim);
        String record = "/api/records/" + secret;

        // draft: its writers (and administrators) only; a viewer waits for it to be shared
        assertThat(status(kim, record)).isEqualTo(200);
        assertThat(status(admin, record)).isEqualTo(200);
        assertThat(status(lee, record)).isEqualTo(404);
        assertThat(status(park, record)).isEqualTo(404);
        assertThat(status(null, record)).isEqualTo(404);
        assertThat(search(kim, null).path("total").asLong()).isEqualTo(1);
        assertThat(search(lee, null).path("total").asLong()).isZero();
        JsonNode anonymous = search(null, null);
        assertThat(anonymous.path("total").asLong()).isZero();
        assertThat(anonymous.path("facets").toString()).doesNotContain("Hidden Institute");
        assertThat(send("GET", "/api/records?type=material_run&limit=5&after=" + justBefore(secret), null).text())
                .doesNotContain(secret);
        assertThat(send("GET", "/api/records?type=material_run&limit=5&after=" + justBefore(secret), null, kim.header()).text())
                .contains(secret);

        state(id, "{\"state\":\"shared\"}");
        assertThat(status(lee, record)).isEqualTo(200);
        assertThat(search(lee, null).path("facets").toString()).contains("Hidden Institute " + s);
        assertThat(status(park, record)).isEqualTo(404);

        state(id, "{\"state\":\"embargoed\",\"embargo_until\":\"" + LocalDate.now().plusMonths(3) + "\"}");
        assertThat(status(park, record)).isEqualTo(404);
        assertThat(search(park, null).path("total").asLong()).isZero();

        state(id, "{\"state\":\"public\"}");
        assertThat(status(null, record)).isEqualTo(200);
        assertThat(search(null, null).path("total").asLong()).isEqualTo(1);
        assertThat(search(park, "property.\"tensile strength\" >= 1.2 GPa").path("total").asLong()).isEqualTo(1);

        state(id, "{\"state\":\"withdrawn\",\"reason\":\"wrong alloy\"}");
        assertThat(status(null, record)).isEqualTo(404);
        assertThat(status(lee, record)).isEqualTo(404);
        assertThat(status(kim, record)).isEqualTo(200);
        assertThat(search(null, null).path("total").asLong()).isZero();
    }

    @Test
    void aPublicMaterialWhoseHistoryUsesAHiddenIngredientShowsNothingOfIt() {
        String hiddenDataset = dataset("ingredients " + s);
        String w = unique();
        Answer powder = send("POST", "/api/records/batch?dataset=" + hiddenDataset, """
                {"objects":[
                  {"type":"process_run","name":"milling %1$s","uids":{"w-%1$s":"p"},
                   "parameters":[{"name":"milling time","value":{"type":"nominal_real","nominal":42,"units":"h"}}]},
                  {"type":"material_run","name":"hidden powder %2$s","uids":{"w-%1$s":"m"},"process":{"scope":"w-%1$s","id":"p"},
                   "notes":"%2$s"}
                ]}""".formatted(w, s), kim.header());
        assertThat(powder.status()).as("%s", powder).isEqualTo(201);
        String hidden = powder.body().path("objects").values().stream().filter(o -> o.path("type").asString().equals("material_run"))
                .findFirst().orElseThrow().path("id").asString();
        String u = unique();
        // Kim, who sees the powder, makes an open part of it
        Answer made = send("POST", "/api/records/batch", """
                {"objects":[
                  {"type":"process_run","name":"sintering %1$s","uids":{"h-%1$s":"p"},
                   "parameters":[{"name":"sintering temperature","value":{"type":"nominal_real","nominal":1200,"units":"degC"}}]},
                  {"type":"ingredient_run","name":"powder","uids":{"h-%1$s":"i"},"process":{"scope":"h-%1$s","id":"p"},
                   "material":%2$s},
                  {"type":"material_run","name":"open part %3$s","uids":{"h-%1$s":"m"},"process":{"scope":"h-%1$s","id":"p"},
                   "notes":"%3$s"}
                ]}""".formatted(u, link(hidden), s), kim.header());
        assertThat(made.status()).as("%s", made).isEqualTo(201);
        String open = made.body().path("objects").values().stream().filter(o -> o.path("type").asString().equals("material_run"))
                .findFirst().orElseThrow().path("id").asString();

        Answer history = get("/api/records/" + open + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.text()).contains("sintering").doesNotContain(hidden).doesNotContain("hidden powder")
                .doesNotContain("milling");
        assertThat(send("GET", "/api/records/" + open + "/history", null, kim.header()).text()).contains(hidden);

        // the open part is found; not by what only its hidden ingredient has
        assertThat(search(null, null).toString()).contains("open part").doesNotContain("hidden powder");
        Answer byItsParameter = get("/api/search?text=" + s + "&filter="
                + URLEncoder.encode("parameter.\"milling time\" >= 40 h", StandardCharsets.UTF_8));
        assertThat(byItsParameter.status()).as("a name only hidden materials carry is unknown to the caller").isEqualTo(400);
        assertThat(byItsParameter.text()).doesNotContain("hidden powder").doesNotContain(hidden);
        assertThat(search(null, "parameter.\"sintering temperature\" >= 1000 degC").path("total").asLong()).isEqualTo(1);
        assertThat(search(kim, "parameter.\"milling time\" >= 40 h").path("total").asLong())
                .as("the hidden powder, and not the open part: its facts leave out other datasets' objects").isEqualTo(1);

        String json = exported(null, "matbank-json");
        assertThat(json).contains("open part").doesNotContain(hidden).doesNotContain("hidden powder");
        assertThat(exported(null, "csv")).contains("open part").doesNotContain("milling");
        assertThat(status(null, "/api/gemd/export?id=" + hidden)).isEqualTo(404);
        assertThat(get("/api/gemd/export?id=" + open).text()).doesNotContain(hidden);

        // once the ingredient's dataset is public, the open part is found by it too
        state(hiddenDataset, "{\"state\":\"public\"}");
        assertThat(search(null, "parameter.\"milling time\" >= 40 h").path("total").asLong())
                .as("the powder and the open part made of it").isEqualTo(2);
        assertThat(get("/api/records/" + open + "/history").text()).contains(hidden);
    }

    @Test
    void writesIntoADatasetNeedTheRoleAndHiddenRecordsCannotBeChangedOrMoved() {
        String id = dataset("roles " + s);
        send("PUT", "/api/datasets/" + id + "/members", "{\"login\":\"" + lee.login() + "\",\"role\":\"viewer\"}", kim.header());
        String mine = steel("kim's steel " + s, "KIMS", id, kim);
        String openOne = steel("open steel " + s, "KIMS", null, null);
        java.util.Map<String, Long> before = rowCounts();

        assertRefused(send("POST", "/api/records?dataset=" + id, "{\"type\":\"material_spec\",\"name\":\"x\"}", lee.header()),
                403, "dataset.role.missing");
        assertRefused(send("POST", "/api/records?dataset=" + id, "{\"type\":\"material_spec\",\"name\":\"x\"}", park.header()),
                404, "dataset.unknown");
        assertRefused(send("PUT", "/api/records/" + mine, "{\"type\":\"material_run\",\"name\":\"changed\",\"version\":1}",
                park.header()), 404, "record.not-found");
        assertRefused(send("POST", "/api/datasets/" + id + "/records", "{\"ids\":[\"" + openOne + "\"]}", kim.header()),
                403, "dataset.records.open");
        String attach = "{\"type\":\"measurement_run\",\"name\":\"x\",\"material\":%s}";
        JsonNode toHidden = assertRefused(send("POST", "/api/records", attach.formatted(link(mine)), park.header()), 422,
                "reference.dangling");
        JsonNode toNothing = assertRefused(send("POST", "/api/records", attach.formatted(link("01a20000-0000-7000-8000-000000000000")),
                park.header()), 422, "reference.dangling");
        assertThat(toHidden.path("message").asString().replace(mine, "ID"))
                .as("a hidden object is answered exactly as a missing one")
                .isEqualTo(toNothing.path("message").asString().replace("01a20000-0000-7000-8000-000000000000", "ID"));
        assertNothingWritten(before);

        Answer moved = send("POST", "/api/datasets/" + id + "/records", "{\"ids\":[\"" + openOne + "\"]}", admin.header());
        assertThat(moved.status()).as("%s", moved).isEqualTo(200);
        assertThat(status(null, "/api/records/" + openOne)).isEqualTo(404);
        assertThat(search(null, null).path("total").asLong()).isZero();
    }

    @Test
    void injectionAttemptsInFiltersAndWordsFindNothingHidden() {
        String id = dataset("injection " + s);
        String secret = steel("secret steel " + s, "Hidden Institute " + s, id, kim);
        List<String> words = List.of("*:*", "visibility:*", s + " OR *", "name:secret*", "\\*", "' OR '1'='1", s + ") OR (*");
        List<String> filters = List.of("name = \"x\" OR \"1\" = \"1\"", "id = \"" + secret + "\"", "name STARTS WITH \"\"",
                "institution = \"Hidden Institute " + s + "\" OR NOT institution = \"nobody\"",
                "name = \"x'; drop table record_object; --\"");

        for (String w : words) {
            Answer found = send("GET", "/api/search?limit=1000&text=" + URLEncoder.encode(w, StandardCharsets.UTF_8), null);
            assertThat(found.status()).as("words %s", w).isIn(200, 400);
            assertThat(found.text()).as("words %s", w).doesNotContain(secret).doesNotContain("Hidden Institute");
        }
        for (String f : filters) {
            Answer found = send("GET", "/api/search?limit=1000&facets=institution&filter=" + URLEncoder.encode(f, StandardCharsets.UTF_8), null);
            assertThat(found.status()).as("filter %s: %s", f, found).isIn(200, 400);
            assertThat(found.text()).as("filter %s", f).doesNotContain(secret).doesNotContain("Hidden Institute");
        }
        assertThat(jdbc.sql("select count(*) from record_object where id = cast(? as uuid)").param(secret).query(Long.class).single())
                .as("the table is still there, with the record").isEqualTo(1);
        assertThat(search(kim, null).path("total").asLong()).isEqualTo(1);
    }

    @Test
    void aPropertyUsedOnlyInAHiddenDatasetIsAsUnknownAsOneNobodyUses() {
        String id = dataset("names " + s);
        String hidden = "secret hardness " + s;
        Answer made = send("POST", "/api/records?dataset=" + id, """
                {"type":"material_spec","name":"named %s","properties":[{"name":"%s","origin":"specified",
                 "value":{"type":"nominal_real","nominal":300,"units":"MPa"}}]}""".formatted(s, hidden), kim.header());
        assertThat(made.status()).as("%s", made).isEqualTo(201);
        String nobody = "unused hardness " + s;
        // the names a caller knows come from the index: let earlier tests' writes land first, so
        // that both answers below are given from the same set of names
        searchService.awaitIndexed();

        Answer asHidden = get("/api/search?filter=" + URLEncoder.encode("property.\"" + hidden + "\" >= 1 MPa", StandardCharsets.UTF_8));
        Answer asUnused = get("/api/search?filter=" + URLEncoder.encode("property.\"" + nobody + "\" >= 1 MPa", StandardCharsets.UTF_8));
        Answer sortHidden = get("/api/search?sort=" + URLEncoder.encode("property.\"" + hidden + "\" desc", StandardCharsets.UTF_8));
        Answer sortUnused = get("/api/search?sort=" + URLEncoder.encode("property.\"" + nobody + "\" desc", StandardCharsets.UTF_8));

        assertThat(asHidden.status()).isEqualTo(400);
        // the closest known names differ for two different typed names: compare without them
        assertThat(withoutSuggestions(asHidden.text().replace(hidden, "NAME")))
                .isEqualTo(withoutSuggestions(asUnused.text().replace(nobody, "NAME")));
        assertThat(asUnused.text()).doesNotContain("secret hardness");
        assertThat(sortHidden.status()).isEqualTo(sortUnused.status());
        assertThat(withoutSuggestions(sortHidden.text().replace(hidden, "NAME")))
                .isEqualTo(withoutSuggestions(sortUnused.text().replace(nobody, "NAME")));
        Answer byKim = send("GET", "/api/search?filter=" + URLEncoder.encode("property.\"" + hidden + "\" >= 1 MPa", StandardCharsets.UTF_8),
                null, kim.header());
        assertThat(byKim.body().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void anImportGoesIntoItsDatasetAndNoImportChangesAnotherDatasetsObjects() throws InterruptedException {
        String id = dataset("imports " + s);
        String file = "{\"type\":\"material_run\",\"name\":\"imported %s\",\"notes\":\"" + s + "\",\"uids\":{\"imp-" + s + "\":\"m\"}}";

        JsonNode mine = importFile("?dataset=" + id, file.formatted("steel"), kim);

        assertThat(mine.path("status").asString()).as("%s", mine).isEqualTo("succeeded");
        assertThat(search(kim, null).path("total").asLong()).isEqualTo(1);
        assertThat(search(null, null).path("total").asLong()).isZero();
        String job = mine.path("id").asString();
        assertThat(get("/api/imports/" + job).status()).as("an import into a hidden dataset is hidden too").isEqualTo(404);
        assertThat(get("/api/imports/" + job + "/report").status()).isEqualTo(404);
        assertThat(get("/api/imports?limit=500").text()).doesNotContain(job);
        assertThat(send("GET", "/api/imports/" + job + "/report", null, kim.header()).status()).isEqualTo(200);
        assertRefused(postParts("/api/imports?dataset=" + id, park.header(), new Part("file", "x.json", file.getBytes(StandardCharsets.UTF_8))),
                404, "dataset.unknown");

        JsonNode foreign = importFile("", file.formatted("overwritten by park"), park);

        assertThat(foreign.path("status").asString()).as("%s", foreign).isEqualTo("failed");
        assertThat(send("GET", "/api/imports/" + foreign.path("id").asString() + "/report", null, park.header()).text())
                .contains("import.dataset.foreign");
        assertThat(search(kim, null).path("hits").path(0).path("name").asString()).isEqualTo("imported steel");
    }

    private JsonNode importFile(String query, String json, Person who) throws InterruptedException {
        Answer started = postParts("/api/imports" + query, who.header(), new Part("file", "one.json", json.getBytes(StandardCharsets.UTF_8)));
        assertThat(started.status()).as("%s", started).isEqualTo(202);
        for (int i = 0; i < 300; i++) {
            JsonNode job = send("GET", "/api/imports/" + started.body().path("id").asString(), null, who.header()).body();
            if (!job.path("status").asString().equals("queued") && !job.path("status").asString().equals("running")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import did not finish");
    }

    /** The id one below this one, so that a listing "after" it starts with it. */
    private static String justBefore(String id) {
        String hex = new java.math.BigInteger(id.replace("-", ""), 16).subtract(java.math.BigInteger.ONE).toString(16);
        hex = "0".repeat(32 - hex.length()) + hex;
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20) + "-"
                + hex.substring(20);
    }

    /** The data file of a search export of this test's materials, as text. */
    private String exported(Person who, String format) {
        String path = "/api/search/export?format=" + format + "&text=" + URLEncoder.encode(s, StandardCharsets.UTF_8);
        var response = download(path);
        assertThat(response.statusCode()).isEqualTo(200);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().startsWith("records")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no data file");
    }

    private static String withoutSuggestions(String answer) {
        return answer.replaceAll("; did you mean [^\"]*\\?", "");
    }
}
