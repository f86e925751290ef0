package org.matbank.ingest;

import java.util.List;
import java.util.Map;
import org.matbank.shared.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites one GEMD JSON object into MatBank's JSON shape. The two share field names and value
 * types; the differences are GEMD's typed wrappers (links, attributes, file links, performed
 * source), the material spec's property_and_conditions, template slots written as
 * {@code [link, bounds]} pairs, and MatBank's own fields carried as {@code matbank::} tags.
 */
final class GemdToMatBank {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Fields the Citrine platform adds to what it serves; they describe its storage, not the data. */
    private static final List<String> PLATFORM_FIELDS = List.of("audit_info", "dataset");
    private static final Map<String, String> ATTRIBUTE_TYPES = Map.of(
            "properties", "property", "conditions", "condition", "parameters", "parameter");

    private GemdToMatBank() {
    }

    static ObjectNode convert(ObjectNode gemd, String place, List<Violation> violations) {
        ObjectNode node = gemd.deepCopy();
        PLATFORM_FIELDS.forEach(node::remove);
        boolean template = node.path("type").asString("").endsWith("_template");
        for (String field : List.of("spec", "process", "material", "template")) {
            unlink(node, field, place, violations);
        }
        for (String field : List.of("file_links")) {
            stripTypes(node.path(field));
        }
        stripType(node.path("source"));
        for (String list : ATTRIBUTE_TYPES.keySet()) {
            JsonNode items = node.path(list);
            if (!items.isArray()) {
                continue;
            }
            for (int i = 0; i < items.size(); i++) {
                String at = place + "." + list + "[" + i + "]";
                ArrayNode converted = (ArrayNode) items;
                converted.set(i, template ? slot(items.get(i), at, violations) : attribute(items.get(i), list, at, violations));
            }
        }
        tagsToFields(node, template, place, violations);
        return node;
    }

    private static JsonNode attribute(JsonNode item, String list, String at, List<Violation> violations) {
        if (!item.isObject()) {
            violations.add(new Violation(at, "gemd.attribute.shape", item.getNodeType().toString(), "expected an attribute object"));
            return item;
        }
        ObjectNode attribute = (ObjectNode) item.deepCopy();
        String type = attribute.path("type").asString("");
        if (type.equals("property_and_conditions")) {
            ObjectNode property = attribute.path("property").isObject() ? (ObjectNode) attribute.path("property") : NODES.objectNode();
            ObjectNode merged = (ObjectNode) attribute("properties", property, at + ".property", violations);
            ArrayNode conditions = NODES.arrayNode();
            JsonNode given = attribute.path("conditions");
            for (int i = 0; i < given.size(); i++) {
                conditions.add(attribute(given.get(i), "conditions", at + ".conditions[" + i + "]", violations));
            }
            if (!conditions.isEmpty()) {
                merged.set("conditions", conditions);
            }
            return merged;
        }
        return attribute(list, attribute, at, violations);
    }

    private static JsonNode attribute(String list, ObjectNode attribute, String at, List<Violation> violations) {
        String type = attribute.path("type").asString(ATTRIBUTE_TYPES.get(list));
        if (!type.equals(ATTRIBUTE_TYPES.get(list))) {
            violations.add(new Violation(at + ".type", "gemd.attribute.kind", type,
                    "a " + type + " cannot stand in " + list + "; expected " + ATTRIBUTE_TYPES.get(list)));
        }
        attribute.remove("type");
        unlink(attribute, "template", at, violations);
        stripTypes(attribute.path("file_links"));
        return attribute;
    }

    /** A GEMD slot {@code [link, bounds-or-null]} becomes {@code {template, bounds}}. */
    private static JsonNode slot(JsonNode pair, String at, List<Violation> violations) {
        if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isObject()) {
            violations.add(new Violation(at, "gemd.slot.shape", pair.toString(),
                    "a template slot is a pair [attribute template link, bounds or null]"));
            return NODES.objectNode();
        }
        ObjectNode slot = NODES.objectNode();
        ObjectNode link = (ObjectNode) pair.get(0).deepCopy();
        stripType(link);
        slot.set("template", link);
        if (!pair.get(1).isNull()) {
            slot.set("bounds", pair.get(1));
        }
        return slot;
    }

    private static void unlink(ObjectNode node, String field, String at, List<Violation> violations) {
        JsonNode link = node.path(field);
        if (link.isObject()) {
            if (!GemdReader.isLink(link) && link.has("type")) {
                violations.add(new Violation(at + "." + field, "gemd.link.shape", link.path("type").asString(),
                        "expected a link_by_uid"));
            }
            stripType(link);
        }
    }

    private static void stripTypes(JsonNode list) {
        list.forEach(GemdToMatBank::stripType);
    }

    private static void stripType(JsonNode node) {
        if (node.isObject()) {
            ((ObjectNode) node).remove("type");
        }
    }

    /** Moves {@code matbank::key::value} tags back into the fields they stand for. */
    private static void tagsToFields(ObjectNode node, boolean template, String place, List<Violation> violations) {
        JsonNode tags = node.path("tags");
        if (!tags.isArray()) {
            return;
        }
        ArrayNode kept = NODES.arrayNode();
        for (JsonNode tag : tags) {
            var parsed = GemdTags.parse(tag.asString(""));
            if (parsed.isEmpty()) {
                kept.add(tag);
            } else {
                try {
                    GemdTagFields.apply(node, parsed.get(), template);
                } catch (NumberFormatException e) {
                    violations.add(new Violation(place + ".tags", "gemd.tag.value", tag.asString(),
                            "the tag " + parsed.get().key() + " needs a whole number"));
                }
            }
        }
        node.set("tags", kept);
    }
}
