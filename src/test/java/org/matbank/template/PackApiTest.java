package org.matbank.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.matbank.shared.Units;
import tools.jackson.databind.JsonNode;

/** The standard template packs shipped with MatBank: listed, read and loaded by name over HTTP. */
class PackApiTest extends HttpApiTest {

    private static final String SCOPE = "matbank-std";
    private static final List<String> SLOT_FIELDS = List.of("properties", "conditions", "parameters");

    private Map<String, JsonNode> packs() {
        Answer list = get("/api/template-packs");
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        Map<String, JsonNode> packs = new LinkedHashMap<>();
        for (JsonNode info : list.body().values()) {
            Answer pack = get("/api/template-packs/" + info.path("name").asString());
            assertThat(pack.status()).as("%s", pack).isEqualTo(200);
            assertThat(pack.body().path("templates").size()).isEqualTo(info.path("template_count").asInt());
            assertThat(pack.body().path("version").asInt()).isEqualTo(info.path("version").asInt());
            packs.put(info.path("name").asString(), pack.body());
        }
        return packs;
    }

    @Test
    void theTwelveShippedPacksAreListed() {
        assertThat(packs().keySet()).containsExactlyInAnyOrder("common", "metal", "ceramic", "chemical", "fibre",
                "carbon", "carbon-fibre", "artificial-graphite", "activated-carbon", "carbon-black", "cnt", "graphene");
    }

    @Test
    void everyShippedPackLoadsWithoutViolations() {
        for (String name : packs().keySet()) {
            Answer loaded = post("/api/template-packs/" + name + "/load", "");
            assertThat(loaded.status()).as("loading %s: %s", name, loaded).isEqualTo(200);
            assertThat(loaded.body().path("pack").asString()).isEqualTo(name);
            assertThat(loaded.body().path("packs").values()).last().extracting(JsonNode::asString).isEqualTo(name);
        }
    }

    @Test
    void loadingTwiceChangesNothing() {
        Answer first = post("/api/template-packs/carbon-fibre/load", "");
        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(texts(first.body().path("packs"))).containsExactly("common", "carbon", "fibre", "chemical", "carbon-fibre");
        Map<String, Long> before = rowCounts();

        Answer second = post("/api/template-packs/carbon-fibre/load", "");

        assertThat(second.status()).as("%s", second).isEqualTo(200);
        assertThat(second.body().path("created").size()).isZero();
        assertThat(second.body().path("updated").size()).isZero();
        int templates = 0;
        for (String pack : texts(second.body().path("packs"))) {
            templates += get("/api/template-packs/" + pack).body().path("templates").size();
        }
        assertThat(second.body().path("unchanged").size()).isEqualTo(templates);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aTemplateChangedSinceLoadingGetsANewVersionAndItsObjectTemplatesFollow() {
        assertThat(post("/api/template-packs/carbon/load", "").status()).isEqualTo(200);
        JsonNode ratio = std("carbon/raman-id-ig");
        String id = ratio.path("id").asString();
        int version = ratio.path("version").asInt();
        // somebody narrows the standard template by hand
        Answer edited = put("/api/templates/" + id, """
                {"version":%d,"type":"property_template","name":"Raman ID/IG ratio","uids":{"%s":"carbon/raman-id-ig"},
                 "labels":{"en":"Raman ID/IG ratio","ko":"라만 ID/IG 비"},
                 "bounds":{"type":"real_bounds","lower_bound":0,"upper_bound":2,"default_units":""}}"""
                .formatted(version, SCOPE));
        assertThat(edited.status()).as("%s", edited).isEqualTo(200);

        Answer reloaded = post("/api/template-packs/carbon/load", "");

        assertThat(reloaded.status()).as("%s", reloaded).isEqualTo(200);
        assertThat(texts(reloaded.body().path("updated")))
                .contains("carbon/raman-id-ig", "carbon/carbon-material", "carbon/raman-analysis")
                .doesNotContain("carbon/interlayer-spacing");
        assertThat(reloaded.body().path("created").size()).isZero();
        JsonNode restored = std("carbon/raman-id-ig");
        assertThat(restored.path("version").asInt()).isEqualTo(version + 2);
        assertThat(restored.path("bounds").path("upper_bound").asDouble()).isEqualTo(5);
        JsonNode raman = std("carbon/raman-analysis");
        assertThat(raman.path("properties").path(0).path("template").path("id").asString()).isEqualTo(id);
        assertThat(raman.path("properties").path(0).path("template_version").asInt()).isEqualTo(version + 2);
        Answer again = post("/api/template-packs/carbon/load", "");
        assertThat(again.body().path("updated").size()).isZero();
        assertThat(again.body().path("created").size()).isZero();
    }

    @Test
    void everyTemplateHasEnglishAndKoreanLabelsAndAStandardId() {
        Set<String> all = new HashSet<>();
        packs().forEach((name, pack) -> {
            assertThat(pack.path("labels").path("en").asString()).isNotBlank();
            assertThat(pack.path("labels").path("ko").asString()).containsPattern("\\p{IsHangul}");
            for (JsonNode template : pack.path("templates").values()) {
                String uid = template.path("uids").path(SCOPE).asString();
                assertThat(uid).as("template %s of pack %s", template.path("name"), name).startsWith(name + "/");
                assertThat(all.add(uid)).as("%s is unique", uid).isTrue();
                assertThat(template.path("labels").path("en").asString()).as(uid).isNotBlank();
                assertThat(template.path("labels").path("ko").asString()).as(uid).containsPattern("\\p{IsHangul}");
            }
        });
    }

    @Test
    void everySlotNamesAnEarlierTemplateOfItsPackOrOfARequiredPack() {
        Map<String, JsonNode> packs = packs();
        packs.forEach((name, pack) -> {
            Set<String> visible = new HashSet<>();
            for (String required : closure(packs, name)) {
                if (!required.equals(name)) {
                    packs.get(required).path("templates").values().forEach(t -> visible.add(t.path("uids").path(SCOPE).asString()));
                }
            }
            Map<String, String> kinds = new LinkedHashMap<>();
            for (JsonNode template : pack.path("templates").values()) {
                for (String field : SLOT_FIELDS) {
                    for (JsonNode slot : template.path(field).values()) {
                        assertThat(slot.path("template").path("scope").asString()).isEqualTo(SCOPE);
                        assertThat(slot.path("template").path("id").asString())
                                .as("slot of %s in pack %s", template.path("uids").path(SCOPE), name)
                                .isIn(visible);
                    }
                }
                String uid = template.path("uids").path(SCOPE).asString();
                visible.add(uid);
                kinds.put(uid, template.path("type").asString());
            }
            for (JsonNode step : pack.path("process_chain").values()) {
                assertThat(kinds.get(step.asString())).as("chain step %s of %s", step, name).isEqualTo("process_template");
            }
        });
    }

    @Test
    void carbonFibreCarbonisationAccepts1400AndRefuses3500DegreesCelsius() {
        assertThat(post("/api/template-packs/carbon-fibre/load", "").status()).isEqualTo(200);
        String s = unique();

        Answer accepted = post("/api/records", carbonisation("carbonisation " + s, 1400));

        assertThat(accepted.status()).as("%s", accepted).isEqualTo(201);
        assertThat(accepted.object().path("template_version").asInt()).isEqualTo(std("carbon-fibre/carbonisation").path("version").asInt());
        Map<String, Long> before = rowCounts();
        JsonNode violation = assertRefused(post("/api/records", carbonisation("too hot " + s, 3500)), 422, "bounds.range");
        assertThat(violation.path("message").asString()).contains("1000").contains("1600");
        assertNothingWritten(before);
        // the carbonisation step also refuses an oxidising atmosphere
        assertRefused(post("/api/records", carbonisation("in air " + s, 1400).replace("\"N2\"", "\"air\"")), 422,
                "bounds.category");
    }

    private static String carbonisation(String name, double celsius) {
        return """
                {"type":"process_spec","name":"%s","template":{"scope":"%s","id":"carbon-fibre/carbonisation"},
                 "step_order":5,"equipment":"HT furnace","parameters":[
                  {"name":"process temperature","template":{"scope":"%2$s","id":"common/process-temperature"},
                   "value":{"type":"nominal_real","nominal":%s,"units":"°C"}},
                  {"name":"holding time","template":{"scope":"%2$s","id":"common/holding-time"},
                   "value":{"type":"nominal_real","nominal":3,"units":"min"}},
                  {"name":"atmosphere","template":{"scope":"%2$s","id":"common/atmosphere"},
                   "value":{"type":"nominal_categorical","category":"N2"}}]}""".formatted(name, SCOPE, celsius);
    }

    @Test
    void everyRealBoundsUnitConvertsToSi() {
        packs().forEach((name, pack) -> {
            List<JsonNode> bounds = new ArrayList<>();
            for (JsonNode template : pack.path("templates").values()) {
                bounds.add(template.path("bounds"));
                SLOT_FIELDS.forEach(f -> template.path(f).values().forEach(slot -> bounds.add(slot.path("bounds"))));
            }
            bounds.stream().filter(b -> "real_bounds".equals(b.path("type").asString())).forEach(b -> {
                String unit = b.path("default_units").asString();
                assertThat(Units.parse(unit)).as("unit '%s' in pack %s", unit, name).isNotNull();
                assertThat(Double.isFinite(Units.toSi(b.path("upper_bound").asDouble(), unit))).isTrue();
            });
        });
    }

    @Test
    void fractureToughnessIsRecordedInMegapascalRootMetre() {
        assertThat(post("/api/template-packs/ceramic/load", "").status()).isEqualTo(200);
        String s = unique();
        String test = """
                {"type":"measurement_run","name":"K_IC %s","specimen_form":"SEVNB bar 3 x 4 x 45 mm","template":{"scope":"%s","id":"ceramic/fracture-toughness-test"},
                 "properties":[{"name":"fracture toughness","template":{"scope":"%2$s","id":"ceramic/fracture-toughness"},
                   "value":{"type":"nominal_real","nominal":%s,"units":"%s"}}]}""";

        Answer accepted = post("/api/records", test.formatted(s, SCOPE, 4.5, "MPa·m^0.5"));

        assertThat(accepted.status()).as("%s", accepted).isEqualTo(201);
        assertThat(post("/api/records", test.formatted(s + "b", SCOPE, 4500, "kPa·m^0.5")).status()).isEqualTo(201);
        assertRefused(post("/api/records", test.formatted(s + "c", SCOPE, 45, "MPa√m")), 422, "bounds.range");
    }

    @Test
    void koreanLabelsAreWhatTheTemplateListShows() {
        assertThat(post("/api/template-packs/carbon-fibre/load", "").status()).isEqualTo(200);

        assertThat(std("common/tensile-strength").path("labels").path("ko").asString()).isEqualTo("인장강도");
        assertThat(std("common/heating-rate").path("labels").path("ko").asString()).isEqualTo("승온 속도");
        assertThat(std("carbon-fibre/stabilisation").path("labels").path("ko").asString()).isEqualTo("안정화 (탄소섬유)");
        assertThat(std("carbon-fibre/carbonisation").path("labels").path("ko").asString()).isEqualTo("탄화 (탄소섬유)");
        assertThat(std("carbon-fibre/spinning").path("labels").path("ko").asString()).isEqualTo("방사 (탄소섬유)");
        assertThat(std("carbon-fibre/carbon-fibre").path("labels").path("ko").asString()).isEqualTo("탄소섬유");
    }

    @Test
    void anUnknownPackIsNotFound() {
        assertRefused(get("/api/template-packs/unobtainium"), 404, "template-pack.not-found");
        Map<String, Long> before = rowCounts();
        assertRefused(post("/api/template-packs/unobtainium/load", ""), 404, "template-pack.not-found");
        assertNothingWritten(before);
    }

    /** The latest version of a standard template, as GET /api/templates lists it. */
    private JsonNode std(String uid) {
        Answer list = get("/api/templates");
        assertThat(list.status()).isEqualTo(200);
        return list.body().values().stream().filter(t -> uid.equals(t.path("uids").path(SCOPE).asString()))
                .findFirst().orElseThrow(() -> new AssertionError("no template " + uid + " in GET /api/templates"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.values().forEach(n -> texts.add(n.asString()));
        return texts;
    }

    private static Set<String> closure(Map<String, JsonNode> packs, String name) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(name));
        while (!todo.isEmpty()) {
            String next = todo.remove(0);
            if (seen.add(next)) {
                assertThat(packs).as("pack %s is shipped", next).containsKey(next);
                packs.get(next).path("requires").values().forEach(r -> todo.add(r.asString()));
            }
        }
        return seen;
    }
}
