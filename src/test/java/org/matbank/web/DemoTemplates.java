package org.matbank.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The ids of the demo's templates (NIMS fatigue steels, external ids {@code nims-fatigue:*}), and
 * an entry form for one steel made from them: melting is left out, hot working and tempering are
 * its steps, the rotating-bending fatigue test its measurement.
 */
final class DemoTemplates {

    private final Map<String, String> ids = new HashMap<>();

    /** @param templates the answer of {@code GET /api/templates} */
    DemoTemplates(JsonNode templates) {
        for (JsonNode t : templates.values()) {
            String uid = t.path("uids").path("nims-fatigue").asString("");
            if (!uid.isEmpty()) {
                ids.put(uid, t.path("id").asString());
            }
        }
    }

    /** The id of the demo template with this external id, e.g. {@code steel}. */
    String id(String uid) {
        String id = ids.get(uid);
        if (id == null) {
            throw new AssertionError("the demo has no template nims-fatigue:" + uid);
        }
        return id;
    }

    /** The query that picks the steel's templates on /entry. */
    String pick() {
        return "material=" + id("steel") + "&step=" + id("hot-working") + "&step=" + id("tempering")
                + "&measurement=" + id("fatigue-test");
    }

    /** A complete, valid form for one steel; {@code fatigue} is the fatigue strength in MPa as typed. */
    List<String> steel(String name, String fatigue) {
        List<String> form = new ArrayList<>(List.of("material", id("steel"), "step", id("hot-working"), "step", id("tempering"),
                "measurement", id("fatigue-test"), "name", name, "sampleType", "experimental", "date", "2026-03-02",
                "author", "Kim Minji", "institution", "KIMS",
                // composition: the template lists Fe, C, Si, Mn, P, S, Ni, Cr, Cu, Mo, one row each
                "m-p0-q0", "97.6", "m-p0-q1", "0.42", "m-p0-q3", "0.75", "m-p0-q7", "1.0", "m-p0-q9", "0.2", "m-p0-b", "mass",
                "i0-name", "pig iron", "i0-amount", "98", "i0-unit", "%",
                "s1-equipment", "two-high mill", "s1-a0-v", "8",
                "s2-a0-v", "550", "s2-a0-u", "°C", "s2-a1-v", "1", "s2-a1-u", "h", "s2-a2-v", "8", "s2-a2-u", "dimensionless",
                "x-specimen", "rotating-bending specimen", "x-p0-v", fatigue, "x-p0-u", "MPa", "x-p0-e", "12",
                "x-c1-v", "rotating bending"));
        return form;
    }
}
