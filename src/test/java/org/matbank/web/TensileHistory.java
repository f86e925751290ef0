package org.matbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.matbank.HttpApiTest.Answer;

/**
 * A small history made through the JSON API for the material page's tests, with templates of its
 * own (labels in both languages): Fe and Ni powders -> melting (ingredients by mass fraction) ->
 * ingot -> annealing at 1050 °C -> an Fe-30Ni alloy whose spec gives its composition, and a tensile test of
 * the alloy carrying a stress-strain curve of {@value #POINTS} points, a strength as mean ± std,
 * an elongation as a range, a data file and a link to a report.
 */
record TensileHistory(String suffix, String alloy, String measurement, String ingot, String annealing, String sha256) {

    static final int POINTS = 25;

    /** The curve: linear up to yield, then hardening to 850 MPa. */
    static double stress(int i) {
        double strain = i * 0.01;
        return Math.min(200_000 * strain, 520 + 1400 * strain);
    }

    /**
     * Creates the templates and the history; {@code post} sends a JSON body to a path, {@code sha256}
     * names an uploaded file for the file value.
     */
    static TensileHistory create(BiFunction<String, String, Answer> post, String s, String sha256) {
        String curve = template(post, "property_template", "stress-strain curve " + s, "Stress-strain curve", "응력-변형률 곡선",
                "{\"type\":\"real_bounds\",\"lower_bound\":0,\"upper_bound\":3000,\"default_units\":\"MPa\"}");
        String strength = template(post, "property_template", "tensile strength " + s, "Tensile strength", "인장강도",
                "{\"type\":\"real_bounds\",\"lower_bound\":0,\"upper_bound\":3000,\"default_units\":\"MPa\"}");
        String elongation = template(post, "property_template", "elongation " + s, "Elongation", "연신율",
                "{\"type\":\"real_bounds\",\"lower_bound\":0,\"upper_bound\":100,\"default_units\":\"%\"}");
        String composition = template(post, "property_template", "alloy composition " + s, "Composition", "조성",
                "{\"type\":\"composition_bounds\",\"components\":[\"Fe\",\"Ni\",\"Cr\",\"C\"]}");
        String temperature = template(post, "parameter_template", "annealing temperature " + s, "Annealing temperature",
                "어닐링 온도", "{\"type\":\"real_bounds\",\"lower_bound\":0,\"upper_bound\":1500,\"default_units\":\"°C\"}");
        String test = object(post, "{\"type\":\"measurement_template\",\"name\":\"tensile test " + s + "\",\"labels\":{\"en\":"
                + "\"Tensile test\",\"ko\":\"인장 시험\"},\"properties\":[{\"template\":" + link(curve) + "},{\"template\":"
                + link(strength) + "},{\"template\":" + link(elongation) + "}]}");
        String alloy = object(post, "{\"type\":\"material_template\",\"name\":\"alloy " + s + "\",\"labels\":{\"en\":\"Alloy\","
                + "\"ko\":\"합금\"},\"properties\":[{\"template\":" + link(composition) + "}]}");
        String annealing = object(post, "{\"type\":\"process_template\",\"name\":\"annealing " + s + "\",\"parameters\":"
                + "[{\"template\":" + link(temperature) + "}]}");
        StringBuilder x = new StringBuilder();
        StringBuilder y = new StringBuilder();
        for (int i = 0; i < POINTS; i++) {
            x.append(i == 0 ? "" : ",").append(i * 0.01);
            y.append(i == 0 ? "" : ",").append(stress(i));
        }
        String batch = """
                {"objects":[
                  {"type":"material_run","name":"Fe powder %1$s","uids":{"t-%1$s":"fe"},"sample_type":"production"},
                  {"type":"material_run","name":"Ni powder %1$s","uids":{"t-%1$s":"ni"},"sample_type":"production"},
                  {"type":"process_run","name":"melting %1$s","uids":{"t-%1$s":"melt"},"step_order":1,"equipment":"vacuum induction furnace"},
                  {"type":"ingredient_run","name":"iron","uids":{"t-%1$s":"i-fe"},"process":{"scope":"t-%1$s","id":"melt"},
                   "material":{"scope":"t-%1$s","id":"fe"},"mass_fraction":{"type":"nominal_real","nominal":0.7,"units":""},"labels":["base"]},
                  {"type":"ingredient_run","name":"nickel","uids":{"t-%1$s":"i-ni"},"process":{"scope":"t-%1$s","id":"melt"},
                   "material":{"scope":"t-%1$s","id":"ni"},"mass_fraction":{"type":"nominal_real","nominal":0.3,"units":""},
                   "labels":["alloying element"]},
                  {"type":"material_run","name":"ingot %1$s","uids":{"t-%1$s":"ingot"},"process":{"scope":"t-%1$s","id":"melt"}},
                  {"type":"process_run","name":"annealing %1$s","uids":{"t-%1$s":"anneal"},"step_order":2,"template":%2$s,
                   "parameters":[{"name":"annealing temperature %1$s","template":%3$s,"origin":"specified",
                     "value":{"type":"nominal_real","nominal":1050,"units":"°C"}}]},
                  {"type":"ingredient_run","name":"workpiece","uids":{"t-%1$s":"i-ingot"},"process":{"scope":"t-%1$s","id":"anneal"},
                   "material":{"scope":"t-%1$s","id":"ingot"},"mass_fraction":{"type":"nominal_real","nominal":1,"units":""}},
                  {"type":"material_spec","name":"Fe-30Ni alloy spec %1$s","uids":{"t-%1$s":"spec"},"template":%4$s,
                   "properties":[{"name":"alloy composition %1$s","template":%5$s,"origin":"specified",
                     "value":{"type":"nominal_composition","quantities":{"Fe":70,"Ni":30},"basis":"mass"}}]},
                  {"type":"material_run","name":"Fe-30Ni alloy %1$s","uids":{"t-%1$s":"alloy","lab-%1$s":"A-17"},
                   "process":{"scope":"t-%1$s","id":"anneal"},"spec":{"scope":"t-%1$s","id":"spec"},"tags":["invar-like","test"],
                   "author":"Kim Min-ji","institution":"Korea Institute of Materials Science","date":"2025-03-14"},
                  {"type":"measurement_run","name":"tensile test of alloy %1$s","uids":{"t-%1$s":"tensile"},"template":%6$s,
                   "material":{"scope":"t-%1$s","id":"alloy"},"instrument":"universal testing machine",
                   "source":{"performed_by":"Lee Ji-hoon","performed_date":"2025-03-20"},
                   "file_links":[{"filename":"test report","url":"https://example.org/report-%1$s.pdf"}],
                   "properties":[
                     {"name":"stress-strain curve %1$s","template":%7$s,"origin":"measured",
                      "value":{"type":"curve","x_name":"strain","x":[%8$s],"x_units":"","y_name":"stress","y":[%9$s],"y_units":"MPa"}},
                     {"name":"tensile strength %1$s","template":%10$s,"origin":"measured",
                      "value":{"type":"normal_real","mean":850,"std":12,"units":"MPa"}},
                     {"name":"elongation %1$s","template":%11$s,"origin":"measured",
                      "value":{"type":"uniform_real","lower_bound":18,"upper_bound":22,"units":"%%"}},
                     {"name":"raw data","origin":"measured",
                      "value":{"type":"file","sha256":"%12$s","filename":"tensile-%1$s.csv","media_type":"text/csv"}}]}
                ]}""".formatted(s, link(annealing), link(temperature), link(alloy), link(composition), link(test), link(curve), x, y,
                link(strength), link(elongation), sha256);
        Answer created = post.apply("/api/records/batch", batch);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        Map<String, String> ids = new HashMap<>();
        created.body().path("objects").values().forEach(o -> ids.put(o.path("uids").path("t-" + s).asString(), o.path("id").asString()));
        return new TensileHistory(s, ids.get("alloy"), ids.get("tensile"), ids.get("ingot"), ids.get("anneal"), sha256);
    }

    private static String template(BiFunction<String, String, Answer> post, String type, String name, String english,
            String korean, String bounds) {
        return object(post, """
                {"type":"%s","name":"%s","labels":{"en":"%s","ko":"%s"},"bounds":%s}""".formatted(type, name, english, korean, bounds));
    }

    private static String object(BiFunction<String, String, Answer> post, String json) {
        Answer created = post.apply("/api/templates", json);
        assertThat(created.status()).as("creating %s: %s", json, created).isEqualTo(201);
        return created.body().path("id").asString();
    }

    private static String link(String id) {
        return "{\"scope\":\"matbank\",\"id\":\"" + id + "\"}";
    }
}
