package org.matbank.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** GEMD JSON in and out: data made with Citrine's gemd library moves through MatBank without loss. */
class GemdApiTest extends ImportTestSupport {

    @Test
    void gemdDocumentSurvivesImportAndExportWithEveryField() throws IOException {
        JsonNode input = fixture();
        Answer imported = post("/api/gemd/import", input.toString());
        assertThat(imported.status()).as("import: %s", imported).isEqualTo(201);
        assertThat(imported.body().path("templates_created")).hasSize(12);
        JsonNode created = imported.body().path("objects_created");
        assertThat(created).hasSize(9);

        String measurement = created.get(created.size() - 1).asString();
        Answer exported = get("/api/gemd/export?id=" + measurement);
        assertThat(exported.status()).as("export: %s", exported).isEqualTo(200);
        assertThat(exported.body().path("object").path("uids").path("matbank").asString()).isEqualTo(measurement);

        Map<String, JsonNode> out = byAutoUid(exported.body());
        Map<String, JsonNode> in = byAutoUid(input);
        assertThat(out.keySet()).as("every template and object of the input is exported").containsAll(in.keySet());
        for (Map.Entry<String, JsonNode> entry : in.entrySet()) {
            JsonNode expected = comparable(entry.getValue());
            JsonNode actual = comparable(out.get(entry.getKey()));
            assertThat(sameJson(expected, actual)).as("%s\n in: %s\nout: %s", entry.getKey(), expected, actual).isTrue();
        }
    }

    @Test
    void matbankFieldsTravelThroughGemdAsTags() {
        String suffix = unique();
        Answer created = post("/api/records/batch", """
                {"objects":[
                  {"type":"process_run","name":"sintering %1$s","uids":{"lab-%1$s":"p1"},"author":"Kim Min-ji",
                   "institution":"KIMS","date":"2026-05-04","step_order":2,"equipment":"hot press HP-20"},
                  {"type":"material_run","name":"pellet %1$s","uids":{"lab-%1$s":"m1"},"process":{"scope":"lab-%1$s","id":"p1"}},
                  {"type":"measurement_run","name":"hardness %1$s","uids":{"lab-%1$s":"x1"},"material":{"scope":"lab-%1$s","id":"m1"},
                   "specimen_form":"polished disc","instrument":"Vickers HV-1"}]}""".formatted(suffix));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String measurement = created.body().path("objects").get(2).path("id").asString();

        JsonNode document = get("/api/gemd/export?id=" + measurement).body();
        JsonNode process = findByName(document, "sintering " + suffix);
        assertThat(process.path("tags").toString()).contains("matbank::author::Kim Min-ji", "matbank::institution::KIMS",
                "matbank::date::2026-05-04", "matbank::step_order::2", "matbank::equipment::hot press HP-20");
        assertThat(process.has("author")).as("GEMD has no author field; gemd-python would refuse one").isFalse();
        assertThat(document.path("object").path("tags").toString())
                .contains("matbank::specimen_form::polished disc", "matbank::instrument::Vickers HV-1");

        // Import the document again under other external ids: the fields come back from the tags.
        String renamed = document.toString().replace("lab-" + suffix, "copy-" + suffix);
        Answer imported = post("/api/gemd/import", renamed);
        assertThat(imported.status()).as("%s", imported).isEqualTo(201);
        // the created objects come in the document's order, which follows the export's (not fixed): find the process by name
        JsonNode copy = imported.body().path("objects_created").values().stream()
                .map(id -> get("/api/records/" + id.asString()).body())
                .filter(o -> o.path("type").asString().equals("process_run")).findFirst().orElseThrow();
        assertThat(copy.path("name").asString()).isEqualTo("sintering " + suffix);
        assertThat(copy.path("author").asString()).isEqualTo("Kim Min-ji");
        assertThat(copy.path("institution").asString()).isEqualTo("KIMS");
        assertThat(copy.path("date").asString()).isEqualTo("2026-05-04");
        assertThat(copy.path("step_order").asInt()).isEqualTo(2);
        assertThat(copy.path("equipment").asString()).isEqualTo("hot press HP-20");
        assertThat(copy.path("tags")).as("no matbank:: tag is left behind").isEmpty();
        assertThat(copy.path("uids").path("matbank-source").asString())
                .as("the exporting server's platform id is kept as a foreign id")
                .isEqualTo(created.body().path("objects").get(0).path("id").asString());
    }

    @Test
    void badGemdIsRefusedWithItsPlaceInTheDocumentAndNothingWritten() throws IOException {
        ObjectNode document = (ObjectNode) fixture();
        String suffix = unique();
        String text = document.toString().replace("\"auto\"", "\"auto-" + suffix + "\"")
                .replace("\"units\":\"MPa\"", "\"units\":\"degC\"");
        var before = rowCounts();
        Answer refused = post("/api/gemd/import", text);
        JsonNode violation = assertRefused(refused, 422, "unit.dimension");
        assertThat(violation.path("path").asString()).isEqualTo("object.properties[0].value.units");
        assertNothingWritten(before);

        ArrayNode context = (ArrayNode) document.path("context");
        ((ObjectNode) context.get(13)).withArray("parameters").add(JSON.createObjectNode().put("type", "property").put("name", "x"));
        Answer wrongKind = post("/api/gemd/import", document.toString());
        JsonNode kind = assertRefused(wrongKind, 400, "gemd.attribute.kind");
        assertThat(kind.path("path").asString()).isEqualTo("context[13].parameters[2].type");
        assertNothingWritten(before);
    }

    @Test
    void gemdFileUploadedAsAnImportJobIsWrittenOnceAndRecorded() throws Exception {
        String scope = "auto-" + unique();
        // every external id made unique, the supplier's and the lab's too: they would name the objects of another test
        byte[] document = fixture().toString().replace("\"auto\"", "\"" + scope + "\"").replace("LOT-4471", "LOT-" + scope)
                .replace("TT-2026-0042", "TT-" + scope).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode job = importFile("?author=Citrine%20user", "alloy.json", document, null);
        assertThat(job.path("status").asString()).as("%s", report(job)).isEqualTo("succeeded");
        assertThat(job.path("format").asString()).isEqualTo("gemd");
        assertThat(job.path("objects_created").asLong()).isEqualTo(9);
        assertThat(job.path("template_versions").size()).isPositive();
        assertThat(get("/api/records/" + idOf(scope, "x-run")).body().path("name").asString()).isEqualTo("tensile test 1");

        JsonNode again = importFile("", "alloy.json", document, null);
        assertThat(again.path("status").asString()).isEqualTo("succeeded");
        assertThat(again.path("objects_created").asLong()).as("a second upload duplicates nothing").isZero();
    }

    private JsonNode fixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/gemd/alloy-history.json")) {
            return JSON.readTree(in);
        }
    }

    private static Map<String, JsonNode> byAutoUid(JsonNode document) {
        Map<String, JsonNode> all = new HashMap<>();
        List<JsonNode> entries = new java.util.ArrayList<>();
        document.path("context").forEach(entries::add);
        entries.add(document.path("object"));
        entries.forEach(e -> all.put(e.path("type").asString() + ":" + e.path("uids").path("auto").asString(), e));
        return all;
    }

    private static JsonNode findByName(JsonNode document, String name) {
        for (JsonNode entry : document.path("context")) {
            if (name.equals(entry.path("name").asString())) {
                return entry;
            }
        }
        throw new AssertionError("no " + name + " in " + document);
    }

    /**
     * The fields that must survive: everything but MatBank's additions (its platform uid and
     * matbank:: tags), with null and empty fields treated as absent, as gemd-python does.
     */
    private static JsonNode comparable(JsonNode node) {
        JsonNode copy = withoutEmpty(node.deepCopy());
        if (copy.path("uids").isObject()) {
            ((ObjectNode) copy.path("uids")).remove("matbank");
        }
        if (copy.path("tags").isArray()) {
            ArrayNode kept = JSON.createArrayNode();
            copy.path("tags").forEach(t -> {
                if (!t.asString().startsWith("matbank::")) {
                    kept.add(t);
                }
            });
            ((ObjectNode) copy).set("tags", kept);
            if (kept.isEmpty()) {
                ((ObjectNode) copy).remove("tags");
            }
        }
        return copy;
    }

    private static JsonNode withoutEmpty(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode child = withoutEmpty(object.get(name));
                if (child.isNull() || (child.isContainer() && child.isEmpty())) {
                    object.remove(name);
                } else {
                    object.set(name, child);
                }
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, withoutEmpty(array.get(i)));
            }
        }
        return node;
    }
}
