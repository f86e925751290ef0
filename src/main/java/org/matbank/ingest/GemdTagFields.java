package org.matbank.ingest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Puts one {@code matbank::} tag back into the MatBank field it was made from. */
final class GemdTagFields {

    private GemdTagFields() {
    }

    static void apply(ObjectNode node, GemdTags.Tag tag, boolean template) {
        String key = tag.key();
        String value = tag.value();
        if (key.equals("step_order") || key.equals("template_version")) {
            node.put(key, Integer.parseInt(value.trim()));
        } else if (key.equals("template")) {
            node.set("template", link(value));
        } else if (key.equals("label")) {
            node.withArray("labels").add(value);
        } else if (key.startsWith("labels.")) {
            node.withObject("labels").put(key.substring("labels.".length()), value);
        } else if (template && key.equals("required")) {
            markRequired(node, link(value));
        } else if (key.equals("omitted")) {
            node.put("notes", (node.path("notes").isString() ? node.path("notes").asString() + "\n" : "")
                    + "Not imported from GEMD: " + value);
        } else {
            node.put(key, value);
        }
    }

    static ObjectNode link(String scopeAndId) {
        int colon = scopeAndId.indexOf(':');
        return JsonNodeFactory.instance.objectNode()
                .put("scope", colon < 0 ? "" : scopeAndId.substring(0, colon))
                .put("id", scopeAndId.substring(colon + 1));
    }

    private static void markRequired(ObjectNode node, ObjectNode link) {
        for (String list : new String[] {"properties", "conditions", "parameters"}) {
            for (JsonNode slot : node.path(list)) {
                if (slot.path("template").equals(link)) {
                    ((ObjectNode) slot).put("required", true);
                }
            }
        }
    }
}
