package org.matbank.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The demo data: 437 NIMS steels, each with a full history from raw elements to its fatigue test,
 * loaded once however often the loader is called.
 */
class DemoLoaderTest extends HttpApiTest {

    private static final int STEELS = 437;

    @Autowired
    DemoLoader loader;

    private long uids(String pattern) {
        return jdbc.sql("select count(*) from record_uid where scope = 'nims-fatigue' and uid like ?").param(pattern)
                .query(Long.class).single();
    }

    private String idOf(String uid) {
        return jdbc.sql("select object_id from record_uid where scope = 'nims-fatigue' and uid = ?").param(uid)
                .query(UUID.class).single().toString();
    }

    @Test
    void loads437SteelsWithFullHistoriesOnce() {
        int created = loader.loadIfAbsent();

        // the browser tests load the demo too (one Spring context for all tests): whichever comes first loads it
        assertThat(created).as("objects created: the whole demo, or nothing when it was loaded already")
                .satisfiesAnyOf(n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThan(STEELS * 5));
        assertThat(jdbc.sql("select count(distinct object_id) from record_uid where scope = 'nims-fatigue'").query(Long.class)
                .single()).isGreaterThan(STEELS * 5L);
        assertThat(uids("steel-%/spec")).isEqualTo(STEELS);
        assertThat(uids("steel-%/fatigue")).isEqualTo(STEELS);
        assertThat(uids("steel-%/inclusions")).isEqualTo(STEELS);
        assertThat(uids("raw-%")).isEqualTo(10);
        // every fatigue strength is stored in MPa with its SI value, within the template's bounds
        Map<String, Object> fatigue = jdbc.sql("""
                select count(*) as n, min(si_value) as low, max(si_value) as high from attribute_value
                where name = 'fatigue strength' and si_unit = 'Pa'
                  and object_id in (select object_id from record_uid where scope = 'nims-fatigue')""").query().singleRow();
        assertThat(((Number) fatigue.get("n")).longValue()).isEqualTo(STEELS);
        assertThat(((Number) fatigue.get("low")).doubleValue()).isGreaterThan(0);
        assertThat(((Number) fatigue.get("high")).doubleValue()).isLessThan(3000e6);

        // steel 1: normalized only (885 °C), fatigue strength 232 MPa, no molybdenum
        Answer history = get("/api/records/" + idOf("steel-1/fatigue") + "/history");
        assertThat(history.status()).isEqualTo(200);
        List<String> uids = new ArrayList<>();
        history.body().path("nodes").values().forEach(n -> uids.add(n.path("uids").path("nims-fatigue").asString()));
        assertThat(uids).contains("raw-Fe", "raw-C", "raw-Si", "raw-Mn", "raw-P", "raw-S", "raw-Ni", "raw-Cr", "raw-Cu",
                "steel-1/melting", "steel-1/ingot", "steel-1/hot-working", "steel-1/normalizing", "steel-1/normalized",
                "steel-1/fatigue", "steel-1/inclusions");
        assertThat(uids).doesNotContain("raw-Mo", "steel-1/tempering", "steel-1/carburizing");
        assertThat(uids).noneMatch(u -> u.startsWith("steel-2/"));
        JsonNode test = history.body().path("nodes").values().stream()
                .filter(n -> n.path("uids").path("nims-fatigue").asString().equals("steel-1/fatigue")).findFirst().orElseThrow();
        assertThat(test.path("properties").path(0).path("value").path("nominal").asDouble()).isEqualTo(232);
        JsonNode normalizing = history.body().path("nodes").values().stream()
                .filter(n -> n.path("uids").path("nims-fatigue").asString().equals("steel-1/normalizing")).findFirst().orElseThrow();
        JsonNode temperature = normalizing.path("parameters").path(0);
        assertThat(temperature.path("value").path("nominal").asDouble()).isEqualTo(885);
        assertThat(temperature.path("si").path("value").asDouble()).isCloseTo(1158.15, within(1e-9));

        // every steel's fatigue test reaches raw iron
        long reachingIron = jdbc.sql("""
                with recursive up(start, node) as (
                    select o.object_id, o.object_id from record_uid o where o.scope = 'nims-fatigue' and o.uid like 'steel-%/fatigue'
                  union
                    select up.start, e.upstream_id from up join history_edge e on e.downstream_id = up.node and e.relation <> 'spec')
                select count(distinct start) from up where node = (select object_id from record_uid where scope = 'nims-fatigue' and uid = 'raw-Fe')""")
                .query(Long.class).single();
        assertThat(reachingIron).isEqualTo(STEELS);

        Map<String, Long> before = rowCounts();
        assertThat(loader.loadIfAbsent()).as("second load").isZero();
        assertNothingWritten(before);
    }
}
