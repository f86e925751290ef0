package org.matbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.matbank.access.AccountService;
import org.matbank.access.DatasetPeople;
import org.matbank.access.DatasetPeople.Person;
import org.matbank.access.TokenService;
import org.matbank.ingest.DemoLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * The entry form over plain HTTP (no script): it writes through the API's service, so a good form
 * becomes a history the API returns and a bad one writes nothing and shows the API's own messages
 * at the fields they concern; the as-you-type check never writes.
 */
class EntryPageApiTest extends HttpApiTest {

    @Autowired
    private DemoLoader demo;
    @Autowired
    private AccountService accounts;
    @Autowired
    private TokenService tokens;

    private DemoTemplates templates;
    private PageClient pages;

    @BeforeEach
    void demoTemplates() {
        demo.loadIfAbsent();
        templates = new DemoTemplates(get("/api/templates").body());
        pages = new PageClient(port, "en");
        assertThat(pages.get("/entry?" + templates.pick()).status()).isEqualTo(200);
    }

    @Test
    void aGoodFormCreatesTheWholeHistoryAndSendsTheUserToTheMaterial() {
        String name = "entry steel " + unique();

        PageClient.Page saved = pages.post("/entry", templates.steel(name, "480"));

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.location()).matches(".*/materials/[0-9a-f-]{36}$");
        String id = saved.location().substring(saved.location().lastIndexOf('/') + 1);
        JsonNode material = get("/api/records/" + id).body();
        assertThat(material.path("type").asString()).isEqualTo("material_run");
        assertThat(material.path("name").asString()).isEqualTo(name);
        assertThat(material.path("date").asString()).isEqualTo("2026-03-02");
        JsonNode spec = get("/api/records/" + material.path("spec").path("id").asString()).body();
        assertThat(spec.path("template").path("id").asString()).isEqualTo(templates.id("steel"));
        assertThat(spec.path("properties").path(0).path("value").path("quantities").path("Fe").asDouble()).isEqualTo(97.6);

        JsonNode history = get("/api/records/" + id + "/history").body();
        List<JsonNode> steps = nodes(history, "process_run");
        assertThat(steps).extracting(s -> s.path("step_order").asInt()).containsExactlyInAnyOrder(1, 2);
        JsonNode tempering = steps.stream().filter(s -> s.path("step_order").asInt() == 2).findFirst().orElseThrow();
        assertThat(tempering.path("template").path("id").asString()).isEqualTo(templates.id("tempering"));
        assertThat(tempering.path("parameters").path(0).path("value").path("nominal").asDouble()).isEqualTo(550);
        assertThat(tempering.path("parameters").path(0).path("value").path("units").asString()).isEqualTo("°C");
        JsonNode test = nodes(history, "measurement_run").get(0);
        JsonNode strength = test.path("properties").path(0);
        assertThat(strength.path("name").asString()).isEqualTo("fatigue strength");
        assertThat(strength.path("value").path("type").asString()).isEqualTo("normal_real");
        assertThat(strength.path("value").path("mean").asDouble()).isEqualTo(480);
        assertThat(strength.path("value").path("std").asDouble()).isEqualTo(12);
        assertThat(nodes(history, "ingredient_run")).extracting(i -> i.path("name").asString()).contains("pig iron", name);
    }

    @Test
    void anOutOfBoundsValueIsRefusedWithTheApisMessageAtItsFieldAndNothingIsWritten() {
        Map<String, Long> before = rowCounts();

        PageClient.Page refused = pages.post("/entry", templates.steel("entry steel " + unique(), "5000"));

        assertThat(refused.status()).isEqualTo(422);
        String box = box(refused.body(), "err-x-p0");
        assertThat(box).contains("data-rule=\"bounds.range\"").contains(apiMessage("5000"));
        assertThat(refused.body()).contains("value=\"5000\"").as("the values entered are kept");
        assertNothingWritten(before);
    }

    @Test
    void theCheckAnswersTheMessageOfEveryFieldAndWritesNothing() {
        Map<String, Long> before = rowCounts();
        List<String> form = new ArrayList<>(templates.steel("entry steel " + unique(), "5000"));
        set(form, "s1-a0-v", "");       // the required reduction ratio left out
        set(form, "s2-a1-v", "1,5");    // not a number a researcher may mean two ways

        PageClient.Page checked = pages.post("/entry/check", form);

        assertThat(checked.status()).isEqualTo(200);
        assertThat(box(checked.body(), "err-x-p0")).contains("bounds.range").contains(apiMessage("5000"));
        assertThat(box(checked.body(), "err-s1-a0")).contains("template.attribute.required")
                .contains(HtmlUtils.htmlEscape("template 'hot working' requires the parameter 'reduction ratio'"));
        assertThat(box(checked.body(), "err-s2-a1")).contains("form.number").contains("1,5 is not a number");
        assertThat(box(checked.body(), "err-name")).doesNotContain("class=\"problem\"");
        assertThat(checked.body()).contains("hx-swap-oob=\"true\"").contains("3 problems");
        assertNothingWritten(before);

        PageClient.Page fixed = pages.post("/entry/check", templates.steel("entry steel " + unique(), "480"));

        assertThat(fixed.body()).contains("No problems found").doesNotContain("class=\"problem\"");
        assertNothingWritten(before);
    }

    @Test
    void unknownTemplatesAnswer404WithThePickFormAgain() {
        PageClient.Page page = pages.get("/entry?material=" + java.util.UUID.randomUUID());

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("id=\"pick-form\"").contains("does not exist");
        assertThat(pages.get("/entry?material=" + templates.id("tempering")).status()).as("a process template as material")
                .isEqualTo(404);
    }

    @Test
    void aBlankMaterialIsNoChoiceNotAnUnknownTemplate() {
        PageClient.Page page = pages.get("/entry?material=&measurement=");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"pick-form\"").doesNotContain("does not exist").doesNotContain("id=\"entry-form\"");
    }

    @Test
    void aRealAttributeWithoutDefaultUnitsGetsAFieldWithoutUnits() {
        String s = unique();
        Answer hardness = post("/api/templates", """
                {"type":"property_template","name":"hardness ratio %s","bounds":{"type":"real_bounds","lower_bound":0,"upper_bound":10}}"""
                .formatted(s));
        assertThat(hardness.status()).as("%s", hardness).isEqualTo(201);
        Answer material = post("/api/templates", """
                {"type":"material_template","name":"unitless alloy %s","properties":[{"template":%s}]}"""
                .formatted(s, link(hardness.body().path("id").asString())));
        assertThat(material.status()).as("%s", material).isEqualTo(201);
        String template = material.body().path("id").asString();

        PageClient.Page page = pages.get("/entry?material=" + template);

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"m-p0-v\"").contains("hardness ratio " + s);
        PageClient.Page saved = pages.post("/entry", List.of("material", template, "name", "unitless " + s, "m-p0-v", "4.5"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    }

    @Test
    void aDatasetTheCallerMayNotWriteIntoIsRefusedWithTheApisViolationAndNothingIsWritten() {
        String s = unique();
        Person kim = new DatasetPeople(accounts, tokens, s).user("kim");
        Answer created = send("POST", "/api/datasets", "{\"name\":\"drafts " + s + "\",\"description\":\"mine\"}", kim.header());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String dataset = created.body().path("dataset").path("id").asString();
        List<String> form = new ArrayList<>(templates.steel("entry steel " + unique(), "480"));
        form.addAll(List.of("dataset", dataset));
        // the API answers an anonymous write into a draft as if the dataset were not there
        JsonNode api = assertRefused(send("POST", "/api/records/batch?dataset=" + dataset,
                "{\"objects\":[{\"type\":\"material_run\",\"name\":\"x " + s + "\"}]}"), 404, "dataset.unknown");
        Map<String, Long> before = rowCounts();

        PageClient.Page anonymous = pages.get("/entry?" + templates.pick());
        assertThat(anonymous.body()).as("an anonymous caller is offered no dataset").doesNotContain(dataset)
                .contains("No dataset: visible to everyone");
        PageClient.Page checked = pages.post("/entry/check", form);
        assertThat(box(checked.body(), "err-dataset")).contains("dataset.unknown")
                .contains(HtmlUtils.htmlEscape(api.path("message").asString()));
        PageClient.Page refused = pages.post("/entry", form);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(box(refused.body(), "err-dataset")).contains("dataset.unknown");
        assertThat(refused.body()).contains("value=\"480\"").as("the values entered are kept");
        assertNothingWritten(before);
    }

    /** The message the API itself gives for this fatigue strength, as the page writes it (HTML-escaped). */
    private String apiMessage(String strength) {
        Answer api = post("/api/records", """
                {"type":"measurement_run","name":"test","template":%s,
                 "properties":[{"name":"fatigue strength","value":{"type":"nominal_real","nominal":%s,"units":"MPa"}}]}"""
                .formatted(link(templates.id("fatigue-test")), strength));
        JsonNode violation = assertRefused(api, 422, "bounds.range");
        return HtmlUtils.htmlEscape(violation.path("message").asString());
    }

    /** The message box of a form key, as the page or the check answer carries it. */
    private static String box(String html, String key) {
        int start = html.indexOf("id=\"" + key + "\"");
        assertThat(start).as("a message box " + key).isPositive();
        return html.substring(start, html.indexOf("</div>", start));
    }

    private static void set(List<String> form, String name, String value) {
        form.set(form.indexOf(name) + 1, value);
    }

    private static List<JsonNode> nodes(JsonNode history, String type) {
        List<JsonNode> found = new ArrayList<>();
        history.path("nodes").values().forEach(n -> {
            if (type.equals(n.path("type").asString())) {
                found.add(n);
            }
        });
        return found;
    }
}
