package org.matbank.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.matbank.HttpApiTest;
import tools.jackson.databind.JsonNode;

/**
 * Steels with a history, made through the record API: a heat treatment (tempering temperature),
 * the steel it produced (notes, tag), its spec (composition) and a tensile test of it. Every test tags its
 * steels with a fresh tag and filters on it, so tests sharing the index never see each other.
 */
public abstract class SearchFixture extends HttpApiTest {

    /** What to make: composition in wt% as "Fe":98.5,"Cr":1.0 JSON, tensile strength with unit. */
    public record Steel(String name, String compositionJson, double tempering, String strength, String institution, String notes) {
    }

    /** Creates the steels; returns the platform id of each steel (the material run), in order. */
    protected List<String> create(String tag, Steel... steels) {
        List<String> ids = new ArrayList<>();
        for (Steel s : steels) {
            String u = unique();
            String[] strength = s.strength().split(" ");
            String batch = """
                    {"objects":[
                      {"type":"process_run","name":"tempering of %2$s","uids":{"t-%1$s":"p"},
                       "parameters":[{"name":"tempering temperature","value":{"type":"nominal_real","nominal":%3$s,"units":"degC"}}]},
                      {"type":"material_spec","name":"%2$s spec","uids":{"t-%1$s":"s"},
                       "properties":[{"name":"composition","origin":"specified",
                         "value":{"type":"nominal_composition","basis":"mass","quantities":{%7$s}}}]},
                      {"type":"material_run","name":"%2$s","uids":{"t-%1$s":"m"},"process":{"scope":"t-%1$s","id":"p"},
                       "spec":{"scope":"t-%1$s","id":"s"},"institution":"%4$s","tags":["%5$s"],"notes":%6$s},
                      {"type":"measurement_run","name":"tensile test of %2$s","uids":{"t-%1$s":"t"},"material":{"scope":"t-%1$s","id":"m"},
                       "properties":[{"name":"tensile strength","origin":"measured","value":{"type":"nominal_real","nominal":%8$s,"units":"%9$s"}}],
                       "conditions":[{"name":"test temperature","value":{"type":"nominal_real","nominal":20,"units":"degC"}}]}
                    ]}""".formatted(u, s.name(), s.tempering(), s.institution(), tag,
                    s.notes() == null ? "null" : "\"" + s.notes() + "\"", s.compositionJson(), strength[0], strength[1]);
            Answer created = post("/api/records/batch", batch);
            assertThat(created.status()).as("%s", created).isEqualTo(201);
            for (JsonNode o : created.body().path("objects").values()) {
                if (o.path("type").asString().equals("material_run")) {
                    ids.add(o.path("id").asString());
                }
            }
        }
        return ids;
    }

    protected Answer search(Map<String, String> params) {
        StringBuilder query = new StringBuilder("/api/search?");
        params.forEach((k, v) -> query.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        return get(query.toString());
    }

    /** The names found by a filter within the tag. */
    protected List<String> names(String tag, String filter) {
        Answer found = search(Map.of("filter", "tags HAS \"" + tag + "\"" + (filter.isEmpty() ? "" : " AND (" + filter + ")"),
                "limit", "1000"));
        assertThat(found.status()).as("%s", found).isEqualTo(200);
        List<String> names = new ArrayList<>();
        found.body().path("hits").values().forEach(h -> names.add(h.path("name").asString()));
        assertThat(found.body().path("total").asLong()).as("total of %s", filter).isEqualTo(names.size());
        return names;
    }

    protected static Steel steel(String name, String composition, double tempering, String strength) {
        return new Steel(name, composition, tempering, strength, "KIMS", null);
    }
}
