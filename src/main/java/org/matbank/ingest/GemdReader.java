package org.matbank.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.matbank.shared.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a GEMD JSON document into MatBank-shaped JSON objects, one per template or object, each
 * with the place it came from ({@code context[3]}, {@code object}, {@code [2]}) for error messages.
 * Accepts what gemd-python writes ({@code {"context": [...], "object": ...}}), a plain array, or
 * one object; objects nested in a reference field are taken out and linked, as gemd-python does.
 */
final class GemdReader {

    /** The scope gemd-python gives automatic uids; used for nested objects that have none. */
    static final String AUTO_SCOPE = "auto";
    private static final List<String> REFERENCES = List.of("spec", "process", "material", "template");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One template or object of the document, converted, with where it was. */
    record Entry(String place, ObjectNode node) {
        String type() {
            return node.path("type").asString("");
        }

        boolean isTemplate() {
            return type().endsWith("_template");
        }
    }

    private final List<Violation> violations = new ArrayList<>();

    List<Violation> violations() {
        return violations;
    }

    /** The document's entries in MatBank's JSON shape, templates and objects in document order. */
    List<Entry> read(JsonNode document) {
        Deque<Entry> pending = new ArrayDeque<>();
        if (document.isArray()) {
            for (int i = 0; i < document.size(); i++) {
                enqueue(pending, "[" + i + "]", document.get(i));
            }
        } else if (document.isObject() && !document.has("type")) {
            JsonNode context = document.path("context");
            for (int i = 0; i < context.size(); i++) {
                enqueue(pending, "context[" + i + "]", context.get(i));
            }
            JsonNode object = document.path("object");
            if (object.isArray()) {
                for (int i = 0; i < object.size(); i++) {
                    enqueue(pending, "object[" + i + "]", object.get(i));
                }
            } else if (!object.isMissingNode() && !object.isNull()) {
                enqueue(pending, "object", object);
            }
        } else {
            enqueue(pending, "", document);
        }
        List<Entry> entries = new ArrayList<>();
        while (!pending.isEmpty()) {
            Entry entry = pending.poll();
            unnest(entry, pending);
            entries.add(new Entry(entry.place(), GemdToMatBank.convert(entry.node(), entry.place(), violations)));
        }
        ForeignPlatformIds.rename(entries.stream().map(Entry::node).toList());
        return entries;
    }

    private void enqueue(Deque<Entry> pending, String place, JsonNode node) {
        if (!node.isObject() || !node.path("type").isString()) {
            violations.add(new Violation(place, "gemd.entry.shape", node.getNodeType().toString(),
                    "expected a GEMD object with a \"type\" (such as material_run or property_template)"));
        } else if (!isLink(node)) {
            pending.add(new Entry(place, (ObjectNode) node.deepCopy()));
        }
    }

    /** Takes objects written inline in a reference field out of their parent and links them. */
    private void unnest(Entry entry, Deque<Entry> pending) {
        for (String field : REFERENCES) {
            JsonNode child = entry.node().path(field);
            if (child.isObject() && child.has("type") && !isLink(child)) {
                ObjectNode nested = (ObjectNode) child;
                if (nested.path("uids").isEmpty()) {
                    nested.putObject("uids").put(AUTO_SCOPE, UUID.randomUUID().toString());
                }
                var uid = nested.path("uids").properties().iterator().next();
                pending.add(new Entry(entry.place() + "." + field, nested));
                entry.node().set(field, NODES.objectNode().put("type", "link_by_uid")
                        .put("scope", uid.getKey()).put("id", uid.getValue().asString()));
            }
        }
    }

    static boolean isLink(JsonNode node) {
        return "link_by_uid".equals(node.path("type").asString(""));
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }
}
