package org.matbank.ingest;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.matbank.access.Audience;
import org.matbank.record.RecordObject;
import org.matbank.record.RecordService;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Link;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.matbank.template.AttributeSlot;
import org.matbank.template.Template;
import org.matbank.template.TemplateService;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Assembles one GEMD document, as gemd-python's {@code dumps} writes it: {@code context} holds the
 * templates and every other object, {@code object} the requested one (or a list of links to the
 * requested ones).
 */
final class GemdExport {

    private final TemplateService templates;
    private final RecordService records;
    private final JsonMapper json;
    private final Map<String, Template> usedTemplates = new LinkedHashMap<>();
    private final GemdWriter writer;

    GemdExport(TemplateService templates, RecordService records, JsonMapper json) {
        this.templates = templates;
        this.records = records;
        this.json = json;
        this.writer = new GemdWriter(json, this::shownLink);
    }

    JsonNode document(List<UUID> ids, boolean withHistory, Audience audience) {
        Map<UUID, RecordObject> objects = new LinkedHashMap<>();
        List<Link> roots = new ArrayList<>();
        for (UUID id : ids) {
            Optional<Template> template = templates.resolve(Link.platform(id), null);
            if (template.isPresent()) {
                use(template.get());
                roots.add(Link.platform(id));
                continue;
            }
            if (withHistory) {
                records.history(id, audience).nodes().forEach(o -> objects.putIfAbsent(o.id(), o));
            } else {
                objects.putIfAbsent(id, records.get(id));
            }
            roots.add(Link.platform(id));
        }
        if (ids.isEmpty()) {
            throw new InvalidInputException(Problem.MALFORMED, new Violation("id", "export.empty", null,
                    "name at least one record or template to export (?id=...)"));
        }
        HistoryCollector.closeOver(records, objects, Set.of(), audience);
        objects.values().forEach(this::useTemplatesOf);
        ArrayNode context = json.createArrayNode();
        usedTemplates.values().stream().sorted(Comparator.comparing(t -> t.type().isAttribute() ? 0 : 1))
                .forEach(t -> context.add(writer.template(t)));
        ObjectNode single = null;
        for (RecordObject o : objects.values()) {
            ObjectNode node = writer.object(o);
            if (ids.size() == 1 && o.id().equals(ids.get(0))) {
                single = node;
            } else {
                context.add(node);
            }
        }
        ObjectNode document = json.createObjectNode();
        document.set("context", context);
        if (single != null) {
            document.set("object", single);
        } else {
            ArrayNode links = document.putArray("object");
            roots.forEach(l -> links.add(json.createObjectNode().put("type", "link_by_uid").put("scope", l.scope()).put("id", l.id())));
        }
        return document;
    }

    /**
     * GEMD JSON of chosen objects with their whole histories, streamed: {@code context} holds the
     * templates they use (one version each, the newest used: GEMD templates have no versions) and
     * every object of the histories; {@code object} lists links to the chosen objects.
     */
    HistoryExport histories(OutputStream out, String fingerprint, Audience audience) {
        return new SpooledHistoryExport(new HistoryCollector(templates, records, audience), out) {
            @Override
            byte[] serialise(RecordObject object) {
                return json.writeValueAsBytes(writer.object(object));
            }

            @Override
            void writeDocument(OutputStream target) {
                Map<UUID, Template> newest = new LinkedHashMap<>();
                collector.templates().values().forEach(t -> newest.merge(t.id(), t, (a, b) -> a.version() >= b.version() ? a : b));
                try (JsonGenerator g = json.createGenerator(target)) {
                    g.writeStartObject();
                    if (fingerprint != null) {
                        g.writeStringProperty(HistoryExport.FINGERPRINT_FIELD, fingerprint);   // gemd-python reads only context and object
                    }
                    g.writeName("context");
                    g.writeStartArray();
                    for (Template t : newest.values().stream().sorted(Comparator.comparing(t -> t.type().isAttribute() ? 0 : 1)).toList()) {
                        json.writeValue(g, writer.template(t));
                    }
                    copyObjects(g, target);
                    g.writeEndArray();
                    g.writeName("object");
                    g.writeStartArray();
                    for (UUID id : collector.roots()) {
                        g.writeStartObject();
                        g.writeStringProperty("type", "link_by_uid");
                        g.writeStringProperty("scope", Link.PLATFORM_SCOPE);
                        g.writeStringProperty("id", id.toString());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
            }
        };
    }

    private void useTemplatesOf(RecordObject o) {
        TemplateLinks.of(o).forEach(u -> use(u.link(), u.version()));
    }

    private void use(Link link, Integer version) {
        if (link != null) {
            templates.resolve(link, version).ifPresent(this::use);
        }
    }

    private void use(Template template) {
        if (usedTemplates.putIfAbsent(template.id().toString(), template) == null) {
            for (List<AttributeSlot> slots : List.of(template.properties(), template.conditions(), template.parameters())) {
                slots.forEach(s -> use(s.template(), s.templateVersion()));
            }
        }
    }

    /** A template is shown by its first external uid (sorted by scope, another server's platform id last), so links read as the data's own names. */
    private Link shownLink(Link link) {
        if (link == null || !link.isPlatform()) {
            return link;
        }
        return templates.resolve(link, null).flatMap(t -> t.uids().entrySet().stream()
                .filter(uid -> !uid.getKey().equals(Link.PLATFORM_SCOPE))
                .min(Comparator.comparing((Map.Entry<String, String> uid) -> uid.getKey().equals(ForeignPlatformIds.SCOPE))
                        .thenComparing(Map.Entry::getKey))
                .map(uid -> new Link(uid.getKey(), uid.getValue()))).orElse(link);
    }
}
