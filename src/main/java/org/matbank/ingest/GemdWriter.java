package org.matbank.ingest;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.matbank.record.RecordObject;
import org.matbank.shared.Link;
import org.matbank.template.Template;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes templates and objects as GEMD JSON: the inverse of {@link GemdToMatBank}. The platform
 * id becomes a uid in scope {@code matbank}; MatBank's own fields become {@code matbank::} tags.
 * GEMD has no curve or file value: such attributes are left out and named in a
 * {@code matbank::omitted} tag (MatBank JSON keeps them).
 */
final class GemdWriter {

    private static final Map<String, String> ATTRIBUTE_TYPES = Map.of(
            "properties", "property", "conditions", "condition", "parameters", "parameter");
    private static final List<String> MATBANK_ONLY = List.of("id", "version", "created_at", "updated_at");

    private final JsonMapper json;
    private final UnaryOperator<Link> templateLinks;

    /** @param templateLinks turns a template's platform link into the link to show (an external uid when it has one) */
    GemdWriter(JsonMapper json, UnaryOperator<Link> templateLinks) {
        this.json = json;
        this.templateLinks = templateLinks;
    }

    ObjectNode template(Template template) {
        ObjectNode node = common(json.valueToTree(template), template.id().toString());
        node.remove("labels");
        new java.util.TreeMap<>(template.labels()).forEach((language, label) -> tag(node, "labels." + language, label));
        moveToTag(node, "author");
        for (String list : ATTRIBUTE_TYPES.keySet()) {
            JsonNode slots = node.path(list);
            if (!slots.isArray()) {
                continue;
            }
            ArrayNode pairs = json.createArrayNode();
            for (JsonNode slot : slots) {
                ObjectNode link = linkNode(templateLinks.apply(json.treeToValue(slot.path("template"), Link.class)));
                pairs.add(json.createArrayNode().add(link).add(slot.path("bounds").isMissingNode() ? json.nullNode() : slot.path("bounds")));
                if (slot.path("required").asBoolean(false)) {
                    tag(node, "required", link.path("scope").asString() + ":" + link.path("id").asString());
                }
            }
            node.set(list, pairs);
        }
        return node;
    }

    ObjectNode object(RecordObject object) {
        ObjectNode node = common(json.valueToTree(object), object.id().toString());
        String type = object.type().json();
        for (String field : GemdTags.OBJECT_FIELDS) {
            moveToTag(node, field);
        }
        if (object.template() != null) {
            Link template = templateLinks.apply(object.template());
            if (object.type().isSpec() && !type.equals("ingredient_spec")) {
                node.set("template", linkNode(template));
            } else {
                node.remove("template");
                tag(node, "template", template.toString());
            }
        }
        for (String field : List.of("spec", "process", "material")) {
            if (node.path(field).isObject()) {
                node.set(field, typedLink(node.path(field)));
            }
        }
        if (type.equals("ingredient_run")) {
            // gemd derives an ingredient run's name and labels from its spec; without a spec they travel as tags
            node.remove("name");
            node.remove("labels");
            if (object.spec() == null) {
                tag(node, "name", object.name());
                object.labels().forEach(label -> tag(node, "label", label));
            }
        }
        typed(node.path("file_links"), "file_link");
        if (node.path("source").isObject()) {
            ((ObjectNode) node.path("source")).put("type", "performed_source");
        }
        for (String list : ATTRIBUTE_TYPES.keySet()) {
            attributes(node, list, type.equals("material_spec") && list.equals("properties"));
        }
        return node;
    }

    private void attributes(ObjectNode node, String list, boolean withConditions) {
        JsonNode items = node.path(list);
        if (!items.isArray()) {
            return;
        }
        ArrayNode written = json.createArrayNode();
        for (JsonNode item : items) {
            String valueType = item.path("value").path("type").asString("");
            if (valueType.equals("curve") || valueType.equals("file")) {
                tag(node, "omitted", list + " '" + item.path("name").asString() + "' (" + valueType + " value)");
                continue;
            }
            ObjectNode attribute = attribute((ObjectNode) item, ATTRIBUTE_TYPES.get(list));
            if (withConditions) {
                ObjectNode pair = json.createObjectNode().put("type", "property_and_conditions");
                ArrayNode conditions = json.createArrayNode();
                attribute.path("conditions").forEach(c -> conditions.add(attribute((ObjectNode) c, "condition")));
                attribute.remove("conditions");
                pair.set("property", attribute);
                pair.set("conditions", conditions);
                written.add(pair);
            } else {
                written.add(attribute);
            }
        }
        node.set(list, written);
    }

    private ObjectNode attribute(ObjectNode given, String type) {
        ObjectNode attribute = json.createObjectNode().put("type", type);
        attribute.setAll(given);
        attribute.remove(List.of("si", "template_version"));
        if (attribute.path("template").isObject()) {
            attribute.set("template", linkNode(templateLinks.apply(json.treeToValue(attribute.path("template"), Link.class))));
        }
        typed(attribute.path("file_links"), "file_link");
        return attribute;
    }

    private ObjectNode common(JsonNode tree, String id) {
        ObjectNode node = (ObjectNode) tree;
        MATBANK_ONLY.forEach(node::remove);
        node.withObject("uids").put(Link.PLATFORM_SCOPE, id);
        return node;
    }

    private static void moveToTag(ObjectNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isMissingNode() && !value.isNull()) {
            node.remove(field);
            tag(node, field, value.asString());
        }
    }

    private static void tag(ObjectNode node, String key, String value) {
        node.withArray("tags").add(GemdTags.of(key, value));
    }

    private ObjectNode linkNode(Link link) {
        return json.createObjectNode().put("type", "link_by_uid").put("scope", link.scope()).put("id", link.id());
    }

    private ObjectNode typedLink(JsonNode link) {
        return linkNode(json.treeToValue(link, Link.class));
    }

    private static void typed(JsonNode list, String type) {
        list.forEach(item -> ((ObjectNode) item).put("type", type));
    }
}
