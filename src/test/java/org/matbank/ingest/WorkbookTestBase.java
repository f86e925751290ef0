package org.matbank.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

/**
 * Creates, over the API, the template set the workbook tests use: a material template, a heat
 * treatment (temperature in °C, required; a whole number of passes; a categorical atmosphere) and
 * a tensile test (tensile strength in MPa, required; a categorical loading mode), each attribute
 * with English and Korean labels.
 */
abstract class WorkbookTestBase extends ImportTestSupport {

    /** The object templates' ids and shown names. */
    record TemplateSet(String suffix, String material, String process, String measurement) {

        List<UUID> ids() {
            return List.of(UUID.fromString(material), UUID.fromString(process), UUID.fromString(measurement));
        }

        String materialName() {
            return "alloy " + suffix;
        }

        String processName() {
            return "heat treatment " + suffix;
        }

        String measurementName() {
            return "tensile test " + suffix;
        }
    }

    protected TemplateSet templateSet() {
        String s = unique();
        String temperature = labelled("parameter_template", "temperature " + s, "Temperature", "온도",
                "{\"type\":\"real_bounds\",\"lower_bound\":0,\"upper_bound\":2000,\"default_units\":\"°C\"}");
        String passes = labelled("parameter_template", "passes " + s, "Number of passes", "패스 횟수",
                "{\"type\":\"integer_bounds\",\"lower_bound\":1,\"upper_bound\":20}");
        String atmosphere = labelled("condition_template", "atmosphere " + s, "Atmosphere", "분위기",
                "{\"type\":\"categorical_bounds\",\"categories\":[\"air\",\"argon\",\"vacuum\"]}");
        String tensile = labelled("property_template", "tensile strength " + s, "Tensile strength", "인장강도",
                "{\"type\":\"real_bounds\",\"lower_bound\":0,\"upper_bound\":3000,\"default_units\":\"MPa\"}");
        String loading = labelled("condition_template", "loading mode " + s, "Loading mode", "하중 방식",
                "{\"type\":\"categorical_bounds\",\"categories\":[\"tension\",\"compression\"]}");
        String material = object("""
                {"type":"material_template","name":"alloy %s"}""".formatted(s));
        String process = object("""
                {"type":"process_template","name":"heat treatment %s",
                 "parameters":[{"template":%s,"required":true},{"template":%s}],
                 "conditions":[{"template":%s}]}""".formatted(s, link(temperature), link(passes), link(atmosphere)));
        String measurement = object("""
                {"type":"measurement_template","name":"tensile test %s",
                 "properties":[{"template":%s,"required":true}],
                 "conditions":[{"template":%s}]}""".formatted(s, link(tensile), link(loading)));
        return new TemplateSet(s, material, process, measurement);
    }

    private String labelled(String type, String name, String english, String korean, String bounds) {
        Answer created = post("/api/templates", """
                {"type":"%s","name":"%s","labels":{"en":"%s","ko":"%s"},"bounds":%s}"""
                .formatted(type, name, english, korean, bounds));
        assertThat(created.status()).as("creating %s: %s", name, created).isEqualTo(201);
        return created.body().path("id").asString();
    }

    private String object(String json) {
        Answer created = post("/api/templates", json);
        assertThat(created.status()).as("creating %s: %s", json, created).isEqualTo(201);
        return created.body().path("id").asString();
    }
}
