package org.matbank.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import tools.jackson.databind.JsonNode;

/** Updates make new versions, old versions stay readable, and stale updates are refused with 409. */
class RecordVersioningApiTest extends HttpApiTest {

    private String template;

    @BeforeEach
    void template() {
        template = propertyTemplate("yield strength " + unique(), """
                {"type":"real_bounds","lower_bound":0,"upper_bound":3000,"default_units":"MPa"}""");
    }

    private String create(double yield) {
        Answer created = post("/api/records", materialWithProperty("S355 plate " + unique(), "yield strength", template,
                strength(yield)));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.object().path("id").asString();
    }

    private static String strength(double mpa) {
        return """
                {"type":"nominal_real","nominal":%s,"units":"MPa"}""".formatted(mpa);
    }

    private String update(String id, int fromVersion, double yield) {
        return """
                {"version":%d,"type":"material_spec","name":"S355 plate, re-tested","properties":[
                  {"name":"yield strength","template":%s,"origin":"measured","value":%s}]}"""
                .formatted(fromVersion, link(template), strength(yield));
    }

    private static double yieldOf(JsonNode object) {
        return object.path("properties").path(0).path("value").path("nominal").asDouble();
    }

    @Test
    void putCreatesVersionTwoAndVersionOneStaysReadable() {
        String id = create(355);

        Answer updated = put("/api/records/" + id, update(id, 1, 372));

        assertThat(updated.status()).as("%s", updated).isEqualTo(200);
        assertThat(updated.object().path("version").asInt()).isEqualTo(2);
        JsonNode current = get("/api/records/" + id).body();
        assertThat(current.path("version").asInt()).isEqualTo(2);
        assertThat(yieldOf(current)).isEqualTo(372);
        JsonNode first = get("/api/records/" + id + "/versions/1").body();
        assertThat(first.path("version").asInt()).isEqualTo(1);
        assertThat(yieldOf(first)).isEqualTo(355);
        assertThat(first.path("name").asString()).startsWith("S355 plate ");
        assertThat(get("/api/records/" + id + "/versions").body().size()).isEqualTo(2);
        assertThat(current.path("created_at").asString()).isEqualTo(first.path("created_at").asString());
        // search reads the current value only
        List<Double> si = jdbc.sql("select si_value from attribute_value where object_id = cast(? as uuid)").param(id)
                .query(Double.class).list();
        assertThat(si).containsExactly(3.72e8);
        assertRefused(get("/api/records/" + id + "/versions/3"), 404, "record.not-found");
    }

    @Test
    void secondUpdateFromTheSameVersionIsAConflict() {
        String id = create(355);
        assertThat(put("/api/records/" + id, update(id, 1, 372)).status()).isEqualTo(200);
        Map<String, Long> before = rowCounts();

        Answer stale = put("/api/records/" + id, update(id, 1, 340));

        JsonNode violation = assertRefused(stale, 409, "version.stale");
        assertThat(violation.path("path").asString()).isEqualTo("version");
        assertThat(violation.path("message").asString()).contains("version 2");
        assertNothingWritten(before);
        assertThat(yieldOf(get("/api/records/" + id).body())).isEqualTo(372);
    }

    @Test
    void updateWithoutVersionIsAConflictNotALostUpdate() {
        String id = create(355);
        String body = update(id, 1, 372).replace("\"version\":1,", "");

        assertRefused(put("/api/records/" + id, body), 409, "version.stale");
        assertThat(get("/api/records/" + id).body().path("version").asInt()).isEqualTo(1);
    }

    @Test
    void updateBreakingBoundsIsRefusedAndTheOldVersionStaysCurrent() {
        String id = create(355);
        Map<String, Long> before = rowCounts();

        assertRefused(put("/api/records/" + id, update(id, 1, 3550)), 422, "bounds.range");

        assertNothingWritten(before);
        assertThat(get("/api/records/" + id).body().path("version").asInt()).isEqualTo(1);
    }

    @RepeatedTest(3)
    void concurrentUpdatesFromTheSameVersionExactlyOneWins() throws Exception {
        String id = create(355);
        int writers = 2;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                double value = 360 + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return put("/api/records/" + id, update(id, 1, value));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS).status());
            }

            assertThat(statuses).as("one update wins, the other is told it is stale").containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        JsonNode current = get("/api/records/" + id).body();
        assertThat(current.path("version").asInt()).isEqualTo(2);
        assertThat(get("/api/records/" + id + "/versions").body().size()).isEqualTo(2);
        // derived rows belong to the winner only
        List<Double> si = jdbc.sql("select si_value from attribute_value where object_id = cast(? as uuid)").param(id)
                .query(Double.class).list();
        assertThat(si).containsExactly(yieldOf(current) * 1e6);
    }
}
