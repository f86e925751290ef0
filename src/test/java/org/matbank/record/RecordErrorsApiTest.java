package org.matbank.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import tools.jackson.databind.JsonNode;

/**
 * Every refused request is a 4xx problem answer with a machine-readable list of violations
 * (path, rule, value, message), and leaves the database as it was.
 */
class RecordErrorsApiTest extends HttpApiTest {

    private String s;
    private Map<String, Long> before;

    @BeforeEach
    void snapshot() {
        s = unique();
        before = rowCounts();
    }

    @Test
    void malformedJsonIs400WithItsPosition() {
        Answer refused = post("/api/records", "{\"type\":\"material_spec\",\"name\": \"broken");

        JsonNode violation = assertRefused(refused, 400, "json.malformed");
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body().path("status").asInt()).isEqualTo(400);
        assertThat(violation.path("value").asString()).startsWith("line 1");
        assertNothingWritten(before);
    }

    @Test
    void unknownFieldIsNamedNotSilentlyDropped() {
        Answer refused = post("/api/records", """
                {"type":"material_spec","name":"steel %s","tensile_strenght":500}""".formatted(s));

        JsonNode violation = assertRefused(refused, 400, "json.field.unknown");
        assertThat(violation.path("message").asString()).contains("tensile_strenght");
        assertNothingWritten(before);
    }

    @Test
    void unknownValueTypeIs400() {
        Answer refused = post("/api/records", """
                {"type":"material_spec","name":"steel %s","properties":[{"name":"hardness","value":{"type":"nominal_hardness","nominal":200}}]}"""
                .formatted(s));

        JsonNode violation = assertRefused(refused, 400, "json.type.unknown");
        assertThat(violation.path("path").asString()).isEqualTo("properties[0].value");
        assertNothingWritten(before);
    }

    @Test
    void unknownTemplateIs422() {
        UUID missing = UUID.randomUUID();
        Answer refused = post("/api/records", """
                {"type":"material_spec","name":"steel %s","template":%s}""".formatted(s, link(missing.toString())));

        JsonNode violation = assertRefused(refused, 422, "template.unknown");
        assertThat(violation.path("path").asString()).isEqualTo("template");
        assertThat(violation.path("value").asString()).contains(missing.toString());
        assertNothingWritten(before);
    }

    @Test
    void unknownAttributeTemplateByExternalIdIs422() {
        Answer refused = post("/api/records", """
                {"type":"material_spec","name":"steel %s","properties":[{"name":"yield strength",
                 "template":{"scope":"nowhere-%s","id":"yield"},"value":{"type":"nominal_real","nominal":400,"units":"MPa"}}]}"""
                .formatted(s, s));

        JsonNode violation = assertRefused(refused, 422, "template.unknown");
        assertThat(violation.path("path").asString()).isEqualTo("properties[0].template");
        assertNothingWritten(before);
    }

    @Test
    void missingRequiredAttributeIs422() {
        String hardness = propertyTemplate("Vickers hardness " + s, """
                {"type":"real_bounds","lower_bound":0,"upper_bound":2000,"default_units":""}""");
        Answer material = post("/api/templates", """
                {"type":"material_template","name":"tool steel %s","properties":[{"template":%s,"required":true}]}"""
                .formatted(s, link(hardness)));
        assertThat(material.status()).as("%s", material).isEqualTo(201);
        before = rowCounts();

        Answer refused = post("/api/records", """
                {"type":"material_spec","name":"D2 %s","template":%s}""".formatted(s, link(material.body().path("id").asString())));

        JsonNode violation = assertRefused(refused, 422, "template.attribute.required");
        assertThat(violation.path("path").asString()).isEqualTo("properties");
        assertThat(violation.path("message").asString()).contains("Vickers hardness " + s);
        assertNothingWritten(before);

        Answer complete = post("/api/records", """
                {"type":"material_spec","name":"D2 %s","template":%s,"properties":[
                  {"name":"Vickers hardness %s","value":{"type":"nominal_real","nominal":700,"units":""}}]}"""
                .formatted(s, link(material.body().path("id").asString()), s));
        assertThat(complete.status()).as("matched to the slot by name: %s", complete).isEqualTo(201);
        assertThat(complete.object().path("properties").path(0).path("template").path("id").asString()).isEqualTo(hardness);
    }

    @Test
    void outOfBoundsValueIs422WithPathRuleAndValue() {
        String template = propertyTemplate("elongation " + s, """
                {"type":"real_bounds","lower_bound":0,"upper_bound":100,"default_units":"%"}""");
        before = rowCounts();

        Answer refused = post("/api/records", materialWithProperty("steel " + s, "elongation", template, """
                {"type":"nominal_real","nominal":140,"units":"%"}"""));

        JsonNode violation = assertRefused(refused, 422, "bounds.range");
        assertThat(violation.path("path").asString()).isEqualTo("properties[0].value");
        assertThat(violation.path("value").asString()).isEqualTo("140.0 %");
        assertThat(refused.body().path("detail").asString()).contains("nothing was written");
        assertNothingWritten(before);
    }

    @Test
    void danglingReferenceIs422() {
        Answer refused = post("/api/records", """
                {"type":"material_run","name":"bar %s","process":{"scope":"lab-%s","id":"rolling-17"}}""".formatted(s, s));

        JsonNode violation = assertRefused(refused, 422, "reference.dangling");
        assertThat(violation.path("path").asString()).isEqualTo("process");
        assertThat(violation.path("value").asString()).isEqualTo("lab-" + s + ":rolling-17");
        assertNothingWritten(before);
    }

    @Test
    void danglingReferenceInsideABatchWritesNoneOfTheBatch() {
        Answer refused = post("/api/records/batch", """
                {"objects":[
                  {"type":"process_run","name":"rolling %s","uids":{"lab-%s":"p1"}},
                  {"type":"material_run","name":"sheet %s","uids":{"lab-%s":"m1"},"process":{"scope":"lab-%s","id":"p1"}},
                  {"type":"measurement_run","name":"tensile test %s","material":{"scope":"lab-%s","id":"m2"}}]}"""
                .formatted(s, s, s, s, s, s, s));

        JsonNode violation = assertRefused(refused, 422, "reference.dangling");
        assertThat(violation.path("path").asString()).isEqualTo("objects[2].material");
        assertNothingWritten(before);
    }

    @Test
    void referenceToTheWrongKindIs422() {
        Answer raw = post("/api/records", """
                {"type":"material_run","name":"Fe powder %s","uids":{"lab-%s":"fe"}}""".formatted(s, s));
        assertThat(raw.status()).isEqualTo(201);
        before = rowCounts();

        Answer refused = post("/api/records", """
                {"type":"material_run","name":"bar %s","process":{"scope":"lab-%s","id":"fe"}}""".formatted(s, s));

        assertRefused(refused, 422, "reference.kind");
        assertNothingWritten(before);
    }

    @Test
    void duplicateExternalIdInTheSameScopeIs409() {
        Answer first = post("/api/records", """
                {"type":"material_run","name":"heat 4711","uids":{"kims-%s":"HT-4711"}}""".formatted(s));
        assertThat(first.status()).isEqualTo(201);
        before = rowCounts();

        Answer refused = post("/api/records", """
                {"type":"material_run","name":"heat 4711 again","uids":{"kims-%s":"HT-4711"}}""".formatted(s));

        JsonNode violation = assertRefused(refused, 409, "uid.duplicate");
        assertThat(violation.path("path").asString()).isEqualTo("uids.kims-" + s);
        assertThat(violation.path("message").asString()).contains(first.object().path("id").asString());
        assertNothingWritten(before);

        // the same id in another scope is another institute's id: allowed
        Answer otherScope = post("/api/records", """
                {"type":"material_run","name":"heat 4711 at posco","uids":{"posco-%s":"HT-4711"}}""".formatted(s));
        assertThat(otherScope.status()).as("%s", otherScope).isEqualTo(201);
    }

    @Test
    void duplicateExternalIdWithinOneBatchIs409() {
        Answer refused = post("/api/records/batch", """
                {"objects":[
                  {"type":"material_run","name":"a %s","uids":{"kims-%s":"X-1"}},
                  {"type":"material_run","name":"b %s","uids":{"kims-%s":"X-1"}}]}""".formatted(s, s, s, s));

        JsonNode violation = assertRefused(refused, 409, "uid.duplicate");
        assertThat(violation.path("path").asString()).isEqualTo("objects[1].uids.kims-" + s);
        assertNothingWritten(before);
    }

    @Test
    void fieldOfAnotherKindIsRefused() {
        Answer refused = post("/api/records", """
                {"type":"material_run","name":"bar %s","equipment":"rolling mill"}""".formatted(s));

        assertRefused(refused, 422, "field.not-allowed");
        assertNothingWritten(before);
    }

    @Test
    void unknownRecordIs404AndBadIdIs400() {
        assertRefused(get("/api/records/" + UUID.randomUUID()), 404, "record.not-found");
        assertRefused(get("/api/records/not-a-uuid"), 400, "parameter.type");
        assertRefused(get("/api/records?type=alloy"), 400, "type.unknown");
    }

    @Test
    void unknownValidationLevelIs400() {
        Answer refused = post("/api/records?validation=lenient", """
                {"type":"material_spec","name":"steel %s"}""".formatted(s));

        assertRefused(refused, 400, "validation.level");
        assertNothingWritten(before);
    }
}
