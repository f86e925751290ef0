package org.matbank.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import tools.jackson.databind.JsonNode;

/** Templates are versioned; a record keeps the template version it was checked against. */
class TemplateVersioningApiTest extends HttpApiTest {

    private static String realBounds(double upper) {
        return """
                {"type":"real_bounds","lower_bound":0,"upper_bound":%s,"default_units":"MPa"}""".formatted(upper);
    }

    @Test
    void widenedTemplateIsVersionTwoAndOldRecordsKeepVersionOne() {
        String s = unique();
        Answer v1 = post("/api/templates", """
                {"type":"property_template","name":"fatigue strength %s","uids":{"std-%s":"fatigue"},"bounds":%s}"""
                .formatted(s, s, realBounds(1000)));
        assertThat(v1.status()).as("%s", v1).isEqualTo(201);
        assertThat(v1.body().path("version").asInt()).isEqualTo(1);
        String id = v1.body().path("id").asString();
        Answer old = post("/api/records", materialWithProperty("steel A " + s, "fatigue strength", id, """
                {"type":"nominal_real","nominal":600,"units":"MPa"}"""));
        assertThat(old.status()).as("%s", old).isEqualTo(201);
        assertRefused(post("/api/records", materialWithProperty("steel B " + s, "fatigue strength", id, """
                {"type":"nominal_real","nominal":1500,"units":"MPa"}""")), 422, "bounds.range");

        Answer v2 = put("/api/templates/" + id, """
                {"version":1,"type":"property_template","name":"fatigue strength %s","uids":{"std-%s":"fatigue"},"bounds":%s}"""
                .formatted(s, s, realBounds(2000)));

        assertThat(v2.status()).as("%s", v2).isEqualTo(200);
        assertThat(v2.body().path("version").asInt()).isEqualTo(2);
        assertThat(get("/api/templates/" + id).body().path("bounds").path("upper_bound").asDouble()).isEqualTo(2000);
        assertThat(get("/api/templates/" + id + "/versions/1").body().path("bounds").path("upper_bound").asDouble()).isEqualTo(1000);
        assertThat(get("/api/templates/" + id + "/versions").body().size()).isEqualTo(2);

        // the record checked against v1 still says v1
        JsonNode stored = get("/api/records/" + old.object().path("id").asString()).body();
        assertThat(stored.path("properties").path(0).path("template_version").asInt()).isEqualTo(1);
        // a new record is checked against the latest version, found by its external id
        Answer fresh = post("/api/records", """
                {"type":"material_spec","name":"steel B %s","properties":[{"name":"fatigue strength",
                 "template":{"scope":"std-%s","id":"fatigue"},"value":{"type":"nominal_real","nominal":1500,"units":"MPa"}}]}"""
                .formatted(s, s));
        assertThat(fresh.status()).as("%s", fresh).isEqualTo(201);
        JsonNode property = fresh.object().path("properties").path(0);
        assertThat(property.path("template_version").asInt()).isEqualTo(2);
        assertThat(property.path("template").path("id").asString()).isEqualTo(id);
        // asking for v1 explicitly still applies v1's bounds
        assertRefused(post("/api/records", """
                {"type":"material_spec","name":"steel C %s","properties":[{"name":"fatigue strength",
                 "template":%s,"template_version":1,"value":{"type":"nominal_real","nominal":1500,"units":"MPa"}}]}"""
                .formatted(s, link(id))), 422, "bounds.range");
        // the version pinned in the row that search reads
        Integer pinned = jdbc.sql("select template_version from attribute_value where object_id = cast(? as uuid)")
                .param(old.object().path("id").asString()).query(Integer.class).single();
        assertThat(pinned).isEqualTo(1);
    }

    @Test
    void objectRecordKeepsTheObjectTemplateVersion() {
        String s = unique();
        String hardness = propertyTemplate("hardness " + s, """
                {"type":"real_bounds","lower_bound":0,"upper_bound":1000,"default_units":""}""");
        Answer material = post("/api/templates", """
                {"type":"material_template","name":"bearing steel %s","properties":[{"template":%s}]}""".formatted(s, link(hardness)));
        String materialId = material.body().path("id").asString();
        assertThat(material.body().path("properties").path(0).path("template_version").asInt()).isEqualTo(1);
        Answer record = post("/api/records", """
                {"type":"material_spec","name":"100Cr6 %s","template":%s,"properties":[
                  {"name":"hardness %s","value":{"type":"nominal_real","nominal":700,"units":""}}]}"""
                .formatted(s, link(materialId), s));
        assertThat(record.status()).as("%s", record).isEqualTo(201);
        assertThat(record.object().path("template_version").asInt()).isEqualTo(1);

        Answer v2 = put("/api/templates/" + materialId, """
                {"version":1,"type":"material_template","name":"bearing steel %s","description":"now with a description",
                 "properties":[{"template":%s,"required":true}]}""".formatted(s, link(hardness)));
        assertThat(v2.status()).as("%s", v2).isEqualTo(200);

        JsonNode stored = get("/api/records/" + record.object().path("id").asString()).body();
        assertThat(stored.path("template_version").asInt()).isEqualTo(1);
        Integer column = jdbc.sql("select template_version from record_object where id = cast(? as uuid)")
                .param(record.object().path("id").asString()).query(Integer.class).single();
        assertThat(column).isEqualTo(1);
    }

    @Test
    void staleTemplateUpdateIsAConflict() {
        String s = unique();
        String id = propertyTemplate("hardness " + s, realBounds(100));
        String body = """
                {"version":1,"type":"property_template","name":"hardness %s","bounds":%s}""".formatted(s, realBounds(200));
        assertThat(put("/api/templates/" + id, body).status()).isEqualTo(200);
        Map<String, Long> before = rowCounts();

        assertRefused(put("/api/templates/" + id, body), 409, "version.stale");

        assertNothingWritten(before);
    }

    @Test
    void templateKeepsItsKind() {
        String s = unique();
        String id = propertyTemplate("hardness " + s, realBounds(100));

        assertRefused(put("/api/templates/" + id, """
                {"version":1,"type":"condition_template","name":"hardness %s","bounds":%s}""".formatted(s, realBounds(100))),
                422, "template.kind.changed");
    }

    @Test
    void objectTemplateMayNarrowButNotWidenAttributeBounds() {
        String s = unique();
        String strength = propertyTemplate("strength " + s, realBounds(2000));
        Map<String, Long> before = rowCounts();

        Answer wider = post("/api/templates", """
                {"type":"material_template","name":"steel %s","properties":[{"template":%s,
                 "bounds":{"type":"real_bounds","lower_bound":0,"upper_bound":3,"default_units":"GPa"}}]}"""
                .formatted(s, link(strength)));
        assertRefused(wider, 422, "bounds.wider");
        assertNothingWritten(before);

        Answer narrower = post("/api/templates", """
                {"type":"material_template","name":"steel %s","properties":[{"template":%s,
                 "bounds":{"type":"real_bounds","lower_bound":0,"upper_bound":1.5,"default_units":"GPa"}}]}"""
                .formatted(s, link(strength)));
        assertThat(narrower.status()).as("%s", narrower).isEqualTo(201);
        // the narrowed bounds apply to records of that template
        assertRefused(post("/api/records", """
                {"type":"material_spec","name":"x %s","template":%s,"properties":[
                 {"name":"strength %s","value":{"type":"nominal_real","nominal":1800,"units":"MPa"}}]}"""
                .formatted(s, link(narrower.body().path("id").asString()), s)), 422, "bounds.range");
    }

    @Test
    void invalidTemplatesAreRefused() {
        String s = unique();
        Map<String, Long> before = rowCounts();

        assertRefused(post("/api/templates", """
                {"type":"property_template","name":"strength %s","bounds":{"type":"real_bounds","lower_bound":10,"upper_bound":1,"default_units":"MPa"}}"""
                .formatted(s)), 422, "bounds.invalid");
        assertRefused(post("/api/templates", """
                {"type":"property_template","name":"strength %s","bounds":{"type":"real_bounds","lower_bound":0,"upper_bound":1,"default_units":"parsecs per pint"}}"""
                .formatted(s)), 422, "bounds.invalid");
        assertRefused(post("/api/templates", """
                {"type":"property_template","name":"strength %s"}""".formatted(s)), 422, "template.bounds.missing");
        assertRefused(post("/api/templates", """
                {"type":"property_template","name":"strength %s","bounds":{"type":"hardness_bounds"}}""".formatted(s)),
                400, "json.type.unknown");
        assertNothingWritten(before);
    }

    @Test
    void duplicateTemplateExternalIdIsAConflict() {
        String s = unique();
        assertThat(post("/api/templates", """
                {"type":"property_template","name":"a %s","uids":{"std-%s":"x"},"bounds":%s}""".formatted(s, s, realBounds(1))).status())
                .isEqualTo(201);
        Map<String, Long> before = rowCounts();

        assertRefused(post("/api/templates", """
                {"type":"property_template","name":"b %s","uids":{"std-%s":"x"},"bounds":%s}""".formatted(s, s, realBounds(1))),
                409, "uid.duplicate");
        assertNothingWritten(before);
    }
}
