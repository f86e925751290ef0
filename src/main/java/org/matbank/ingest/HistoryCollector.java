package org.matbank.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.matbank.access.Audience;
import org.matbank.record.Attribute;
import org.matbank.record.FileValue;
import org.matbank.record.RecordObject;
import org.matbank.record.RecordService;
import org.matbank.shared.Link;
import org.matbank.template.AttributeSlot;
import org.matbank.template.Template;
import org.matbank.template.TemplateService;

/**
 * Gathers the whole histories of chosen objects page by page, for exports of a set of
 * materials: each page gives the objects not given before, complete (a run's spec, a material's
 * process, an ingredient's material are in this page or an earlier one) and in an order where
 * every reference points to an object given earlier. On the way it notes the template versions
 * and attached files those objects use. Memory holds one page of objects and the ids given so far.
 */
final class HistoryCollector {

    private final TemplateService templates;
    private final RecordService records;
    private final Set<UUID> given = new HashSet<>();
    private final Map<String, Template> usedTemplates = new LinkedHashMap<>();
    private final Set<String> files = new TreeSet<>();
    private final Set<UUID> roots = new LinkedHashSet<>();
    private final Audience audience;

    /** @param audience who receives the export: objects it may not see are left out (null: nothing is) */
    HistoryCollector(TemplateService templates, RecordService records, Audience audience) {
        this.templates = templates;
        this.records = records;
        this.audience = audience;
    }

    /** The objects of these roots' histories (measurements of the materials on the way included) that no earlier page gave. */
    List<RecordObject> page(List<UUID> ids) {
        Map<UUID, RecordObject> objects = new LinkedHashMap<>();
        for (UUID id : ids) {
            roots.add(id);
            (audience == null ? records.history(id) : records.history(id, audience)).nodes().forEach(o -> {
                if (!given.contains(o.id())) {
                    objects.putIfAbsent(o.id(), o);
                }
            });
        }
        closeOver(records, objects, given, audience);
        List<RecordObject> page = new ArrayList<>(objects.values());
        page.sort(Comparator.comparingInt(o -> MatBankJson.ORDER.indexOf(o.type())));
        for (RecordObject o : page) {
            given.add(o.id());
            useTemplatesOf(o);
            filesOf(o);
        }
        return page;
    }

    /** The ids asked for, each once, in the order first asked. */
    Set<UUID> roots() {
        return roots;
    }

    /** How many distinct objects the pages gave. */
    long objects() {
        return given.size();
    }

    /** The template versions the given objects use, with the attribute templates their object templates list, keyed "id:version". */
    Map<String, Template> templates() {
        return usedTemplates;
    }

    /** The SHA-256 of every attached file the given objects' values name. */
    Set<String> files() {
        return files;
    }

    /**
     * Adds every object that one in the map references (a run's spec, say) and that is not in
     * {@code known}, so that the map with {@code known} is complete; except objects the audience
     * may not see (null: all are seen), whose references are then left dangling in the export.
     */
    static void closeOver(RecordService records, Map<UUID, RecordObject> objects, Set<UUID> known, Audience audience) {
        Deque<RecordObject> pending = new ArrayDeque<>(objects.values());
        while (!pending.isEmpty()) {
            RecordObject o = pending.poll();
            for (Link link : Arrays.asList(o.spec(), o.process(), o.material())) {
                if (link == null || (link.platformId() != null && known.contains(link.platformId()))) {
                    continue;
                }
                Optional<RecordObject> target = link.platformId() != null ? Optional.of(records.get(link.platformId()))
                        : records.findByUid(link.scope(), link.id());
                target.filter(t -> audience == null || audience.sees(records.datasets(List.of(t.id())).get(t.id())))
                        .filter(t -> !known.contains(t.id()) && objects.putIfAbsent(t.id(), t) == null).ifPresent(pending::add);
            }
        }
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
        if (usedTemplates.putIfAbsent(template.id() + ":" + template.version(), template) == null) {
            for (List<AttributeSlot> slots : List.of(template.properties(), template.conditions(), template.parameters())) {
                slots.forEach(s -> use(s.template(), s.templateVersion()));
            }
        }
    }

    private void filesOf(RecordObject o) {
        for (List<Attribute> list : List.of(o.properties(), o.conditions(), o.parameters())) {
            for (Attribute a : list) {
                if (a.value() instanceof FileValue file) {
                    files.add(file.sha256());
                }
                a.conditions().stream().filter(c -> c.value() instanceof FileValue)
                        .forEach(c -> files.add(((FileValue) c.value()).sha256()));
            }
        }
    }
}
