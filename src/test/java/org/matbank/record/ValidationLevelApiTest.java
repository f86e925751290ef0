package org.matbank.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import tools.jackson.databind.JsonNode;

/**
 * ?validation=fail|warn|ignore governs bounds rules only: legacy data slightly outside a standard
 * can be kept (with a warning), while structural errors are always refused.
 */
class ValidationLevelApiTest extends HttpApiTest {

    private String template;
    private String s;

    @BeforeEach
    void template() {
        s = unique();
        template = propertyTemplate("reduction ratio " + s, """
                {"type":"real_bounds","lower_bound":1,"upper_bound":1000,"default_units":""}""");
    }

    private String record(double ratio) {
        return materialWithProperty("bar " + unique(), "reduction ratio", template, """
                {"type":"nominal_real","nominal":%s,"units":""}""".formatted(ratio));
    }

    @Test
    void failIsTheDefaultAndWritesNothing() {
        Map<String, Long> before = rowCounts();

        assertRefused(post("/api/records", record(5530)), 422, "bounds.range");
        assertRefused(post("/api/records?validation=fail", record(5530)), 422, "bounds.range");
        assertRefused(post("/api/records?validation=FAIL", record(5530)), 422, "bounds.range");

        assertNothingWritten(before);
    }

    @Test
    void warnWritesTheRecordAndListsTheViolation() {
        Answer created = post("/api/records?validation=warn", record(5530));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode warning = created.body().path("warnings").path(0);
        assertThat(warning.path("rule").asString()).isEqualTo("bounds.range");
        assertThat(warning.path("path").asString()).isEqualTo("properties[0].value");
        assertThat(warning.path("value").asString()).contains("5530");
        JsonNode stored = get("/api/records/" + created.object().path("id").asString()).body();
        assertThat(stored.path("properties").path(0).path("value").path("nominal").asDouble()).isEqualTo(5530);
    }

    @Test
    void ignoreWritesTheRecordWithoutWarnings() {
        Answer created = post("/api/records?validation=ignore", record(5530));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.body().path("warnings").size()).isZero();
        assertThat(get("/api/records/" + created.object().path("id").asString()).status()).isEqualTo(200);
    }

    @Test
    void warnDoesNotLetStructuralErrorsThrough() {
        Map<String, Long> before = rowCounts();

        Answer refused = post("/api/records/batch?validation=warn", """
                {"objects":[
                  {"type":"material_run","name":"bar %s","process":{"scope":"lv-%s","id":"missing"}}]}""".formatted(s, s));

        assertRefused(refused, 422, "reference.dangling");
        assertNothingWritten(before);
    }

    @Test
    void fractionOutsideZeroToOneIsWrongWhateverTheLevel() {
        Map<String, Long> before = rowCounts();

        Answer refused = post("/api/records/batch?validation=ignore", """
                {"objects":[
                  {"type":"process_run","name":"melting %1$s","uids":{"lv-%1$s":"p"}},
                  {"type":"ingredient_run","name":"chromium","process":{"scope":"lv-%1$s","id":"p"},
                   "mass_fraction":{"type":"nominal_real","nominal":18,"units":""}}]}""".formatted(s));

        JsonNode violation = assertRefused(refused, 422, "bounds.range");
        assertThat(violation.path("path").asString()).isEqualTo("objects[1].mass_fraction");
        assertNothingWritten(before);
    }

    @Test
    void updateHonoursTheLevelToo() {
        Answer created = post("/api/records", record(10));
        String id = created.object().path("id").asString();
        String changed = """
                {"version":1,"type":"material_spec","name":"bar","properties":[
                  {"name":"reduction ratio","template":%s,"value":{"type":"nominal_real","nominal":5530,"units":""}}]}"""
                .formatted(link(template));

        assertRefused(put("/api/records/" + id, changed), 422, "bounds.range");
        Answer warned = put("/api/records/" + id + "?validation=warn", changed);

        assertThat(warned.status()).as("%s", warned).isEqualTo(200);
        assertThat(warned.body().path("warnings").path(0).path("rule").asString()).isEqualTo("bounds.range");
        assertThat(get("/api/records/" + id).body().path("version").asInt()).isEqualTo(2);
    }
}
