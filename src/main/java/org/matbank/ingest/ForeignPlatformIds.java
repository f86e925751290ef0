package org.matbank.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.matbank.shared.Link;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A document exported by a MatBank carries that server's platform ids as uids in scope
 * {@code matbank}. Here they are someone else's ids, so they are kept under {@value #SCOPE}
 * (together with the links that use them); this server gives the objects platform ids of its own.
 * Links to {@code matbank} ids that the document does not define still name objects stored here.
 */
final class ForeignPlatformIds {

    /** The scope of the platform id an imported object had on the MatBank it came from. */
    static final String SCOPE = "matbank-source";

    private ForeignPlatformIds() {
    }

    static void rename(List<ObjectNode> nodes) {
        Set<String> defined = new HashSet<>();
        for (ObjectNode node : nodes) {
            JsonNode id = node.path("uids").path(Link.PLATFORM_SCOPE);
            if (id.isString()) {
                defined.add(id.asString());
                ObjectNode uids = (ObjectNode) node.path("uids");
                uids.remove(Link.PLATFORM_SCOPE);
                uids.put(SCOPE, id.asString());
            }
        }
        if (!defined.isEmpty()) {
            nodes.forEach(node -> relink(node, defined));
        }
    }

    private static void relink(JsonNode node, Set<String> defined) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.size() == 2 && Link.PLATFORM_SCOPE.equals(object.path("scope").asString(null))
                    && defined.contains(object.path("id").asString(""))) {
                object.put("scope", SCOPE);
            }
        }
        if (node.isContainer()) {
            node.forEach(child -> relink(child, defined));
        }
    }
}
