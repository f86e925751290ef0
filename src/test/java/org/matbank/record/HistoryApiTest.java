package org.matbank.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import tools.jackson.databind.JsonNode;

/** Material histories: one call returns the whole graph down to the raw materials; cycles are refused. */
class HistoryApiTest extends HttpApiTest {

    /**
     * Fe and C -> melting -> ingot -> tempering -> tempered steel, with a hardness test of the
     * ingot and a tensile test of the tempered steel.
     */
    @Test
    void wholeHistoryInOneCallReachesTheRawMaterials() {
        String s = unique();
        String batch = """
                {"objects":[
                  {"type":"material_run","name":"Fe %1$s","uids":{"h-%1$s":"fe"},"sample_type":"production"},
                  {"type":"material_run","name":"C %1$s","uids":{"h-%1$s":"c"},"sample_type":"production"},
                  {"type":"process_run","name":"melting %1$s","uids":{"h-%1$s":"melt"},"step_order":1,"equipment":"induction furnace",
                   "parameters":[{"name":"melt temperature","value":{"type":"nominal_real","nominal":1600,"units":"°C"}}]},
                  {"type":"ingredient_run","name":"iron","uids":{"h-%1$s":"i-fe"},"process":{"scope":"h-%1$s","id":"melt"},
                   "material":{"scope":"h-%1$s","id":"fe"},"mass_fraction":{"type":"nominal_real","nominal":0.996,"units":""}},
                  {"type":"ingredient_run","name":"carbon","uids":{"h-%1$s":"i-c"},"process":{"scope":"h-%1$s","id":"melt"},
                   "material":{"scope":"h-%1$s","id":"c"},"mass_fraction":{"type":"nominal_real","nominal":0.004,"units":""},
                   "labels":["alloying element"]},
                  {"type":"material_run","name":"ingot %1$s","uids":{"h-%1$s":"ingot"},"process":{"scope":"h-%1$s","id":"melt"}},
                  {"type":"measurement_run","name":"hardness of ingot","uids":{"h-%1$s":"hv"},"material":{"scope":"h-%1$s","id":"ingot"},
                   "properties":[{"name":"hardness","value":{"type":"nominal_real","nominal":180,"units":""}}]},
                  {"type":"process_run","name":"tempering %1$s","uids":{"h-%1$s":"temper"},"step_order":2,
                   "parameters":[{"name":"tempering temperature","value":{"type":"nominal_real","nominal":550,"units":"degC"}}]},
                  {"type":"ingredient_run","name":"workpiece","uids":{"h-%1$s":"i-ingot"},"process":{"scope":"h-%1$s","id":"temper"},
                   "material":{"scope":"h-%1$s","id":"ingot"},"mass_fraction":{"type":"nominal_real","nominal":1,"units":""}},
                  {"type":"material_run","name":"tempered steel %1$s","uids":{"h-%1$s":"steel"},"process":{"scope":"h-%1$s","id":"temper"}},
                  {"type":"measurement_run","name":"tensile test","uids":{"h-%1$s":"tensile"},"material":{"scope":"h-%1$s","id":"steel"},
                   "properties":[{"name":"tensile strength","value":{"type":"nominal_real","nominal":950,"units":"MPa"}}]}
                ]}""".formatted(s);
        Answer created = post("/api/records/batch", batch);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        Map<String, String> ids = new HashMap<>();
        created.body().path("objects").values()
                .forEach(o -> ids.put(o.path("uids").path("h-" + s).asString(), o.path("id").asString()));
        // an unrelated object must not show up in the history
        assertThat(post("/api/records", """
                {"type":"material_run","name":"unrelated %s"}""".formatted(s)).status()).isEqualTo(201);

        Answer history = get("/api/records/" + ids.get("steel") + "/history");

        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body().path("root").asString()).isEqualTo(ids.get("steel"));
        List<String> nodes = new ArrayList<>();
        history.body().path("nodes").values().forEach(n -> nodes.add(n.path("uids").path("h-" + s).asString()));
        assertThat(nodes).containsExactlyInAnyOrder("fe", "c", "melt", "i-fe", "i-c", "ingot", "hv", "temper", "i-ingot",
                "steel", "tensile");
        Map<String, String> uidOf = new HashMap<>();
        ids.forEach((uid, id) -> uidOf.put(id, uid));
        List<JsonNode> edges = new ArrayList<>(history.body().path("edges").values());
        assertThat(edges).extracting(e -> uidOf.get(e.path("downstream").asString()), e -> uidOf.get(e.path("upstream").asString()),
                e -> e.path("relation").asString()).containsExactlyInAnyOrder(
                tuple("steel", "temper", "produced_by"),
                tuple("temper", "i-ingot", "consumes"),
                tuple("i-ingot", "ingot", "uses"),
                tuple("ingot", "melt", "produced_by"),
                tuple("melt", "i-fe", "consumes"),
                tuple("melt", "i-c", "consumes"),
                tuple("i-fe", "fe", "uses"),
                tuple("i-c", "c", "uses"),
                tuple("hv", "ingot", "measures"),
                tuple("tensile", "steel", "measures"));

        // the history of the ingot stops at the ingot: what came after is not its history
        List<String> ingotNodes = new ArrayList<>();
        get("/api/records/" + ids.get("ingot") + "/history").body().path("nodes").values()
                .forEach(n -> ingotNodes.add(n.path("uids").path("h-" + s).asString()));
        assertThat(ingotNodes).containsExactlyInAnyOrder("fe", "c", "melt", "i-fe", "i-c", "ingot", "hv");
    }

    @Test
    void historyWithACycleIsRefusedAndNothingWritten() {
        String s = unique();
        Map<String, Long> before = rowCounts();

        // the remelted scrap is made by a process that consumes the remelted scrap
        Answer refused = post("/api/records/batch", """
                {"objects":[
                  {"type":"material_run","name":"remelted scrap %1$s","uids":{"c-%1$s":"m"},"process":{"scope":"c-%1$s","id":"p"}},
                  {"type":"process_run","name":"remelting %1$s","uids":{"c-%1$s":"p"}},
                  {"type":"ingredient_run","name":"scrap","uids":{"c-%1$s":"i"},"process":{"scope":"c-%1$s","id":"p"},
                   "material":{"scope":"c-%1$s","id":"m"}}]}""".formatted(s));

        JsonNode violation = assertRefused(refused, 422, "history.cycle");
        assertThat(violation.path("value").asString()).contains("remelted scrap " + s).contains("remelting " + s);
        assertNothingWritten(before);
    }

    @Test
    void newIngredientThatClosesACycleThroughStoredObjectsIsRefused() {
        String s = unique();
        Answer stored = post("/api/records/batch", """
                {"objects":[
                  {"type":"process_run","name":"sintering %1$s","uids":{"s-%1$s":"p"}},
                  {"type":"material_run","name":"pellet %1$s","uids":{"s-%1$s":"pellet"},"process":{"scope":"s-%1$s","id":"p"}}]}"""
                .formatted(s));
        assertThat(stored.status()).as("%s", stored).isEqualTo(201);
        Map<String, Long> before = rowCounts();

        // only the new ingredient is new; the loop runs sintering -> pellet (its own product) -> sintering
        Answer refused = post("/api/records", """
                {"type":"ingredient_run","name":"pellet","uids":{"s-%1$s":"i"},"process":{"scope":"s-%1$s","id":"p"},
                 "material":{"scope":"s-%1$s","id":"pellet"}}""".formatted(s));

        JsonNode violation = assertRefused(refused, 422, "history.cycle");
        assertThat(violation.path("value").asString()).contains("sintering " + s).contains("pellet " + s);
        assertNothingWritten(before);
    }

    @Test
    void updateThatClosesACycleIsRefusedAndTheOldVersionKept() {
        String s = unique();
        Answer created = post("/api/records/batch", """
                {"objects":[
                  {"type":"process_run","name":"sintering %1$s","uids":{"u-%1$s":"p"}},
                  {"type":"material_run","name":"powder %1$s","uids":{"u-%1$s":"powder"}},
                  {"type":"ingredient_run","name":"powder","uids":{"u-%1$s":"i"},"process":{"scope":"u-%1$s","id":"p"},
                   "material":{"scope":"u-%1$s","id":"powder"}}]}""".formatted(s));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String powder = created.body().path("objects").path(1).path("id").asString();
        Map<String, Long> before = rowCounts();

        // claiming the powder was produced by the sintering that consumes it
        Answer refused = put("/api/records/" + powder, """
                {"version":1,"type":"material_run","name":"powder %1$s","uids":{"u-%1$s":"powder"},
                 "process":{"scope":"u-%1$s","id":"p"}}""".formatted(s));

        assertRefused(refused, 422, "history.cycle");
        assertNothingWritten(before);
        JsonNode current = get("/api/records/" + powder).body();
        assertThat(current.path("version").asInt()).isEqualTo(1);
        assertThat(current.has("process")).isFalse();
    }

    @Test
    void historyOfAnUnknownObjectIs404() {
        assertRefused(get("/api/records/" + java.util.UUID.randomUUID() + "/history"), 404, "record.not-found");
    }
}
