package org.matbank.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.matbank.shared.Link;
import org.matbank.template.Template;
import org.matbank.template.TemplateKind;
import org.matbank.template.TemplatePacks;
import org.matbank.template.TemplateService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the templates page lists: the shipped standard packs (and how much of each is in the bank
 * already) and the templates in the bank by kind, object templates first: those are what a
 * researcher picks for a workbook or a form.
 */
@Component
class TemplateCatalog {

    /** The kinds in the order the page shows them. */
    static final List<TemplateKind> KINDS = List.of(TemplateKind.MATERIAL_TEMPLATE, TemplateKind.PROCESS_TEMPLATE,
            TemplateKind.MEASUREMENT_TEMPLATE, TemplateKind.PROPERTY_TEMPLATE, TemplateKind.CONDITION_TEMPLATE,
            TemplateKind.PARAMETER_TEMPLATE);

    /** A template to link to. */
    record Named(UUID id, String name, String label, String kind, int version) {

        static Named of(Template t) {
            return new Named(t.id(), t.name(), TemplateText.label(t), t.type().json(), t.version());
        }
    }

    /** A shipped pack: its templates in the bank ({@code loaded} of {@code count}) and its object templates there. */
    record PackRow(String name, String label, String description, int version, int count, List<String> requires,
            List<String> chain, int loaded, List<Named> objects) {

        public boolean complete() {
            return loaded == count;
        }
    }

    /** A template of the bank as the list shows it. */
    record Row(UUID id, String name, String label, int version, String uids, BoundsView bounds, int slots) {
    }

    /** The templates of a pack file; the rest of the file is the pack's description, which PackInfo gives. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PackFile(List<Template> templates) {
    }

    private final TemplatePacks packs;
    private final TemplateService templates;
    private final JsonMapper json;
    private final Map<String, List<Template>> packTemplates = new ConcurrentHashMap<>();

    TemplateCatalog(TemplatePacks packs, TemplateService templates, JsonMapper json) {
        this.packs = packs;
        this.templates = templates;
        this.json = json;
    }

    List<PackRow> packs() {
        String language = TemplateText.language();
        List<PackRow> rows = new ArrayList<>();
        for (TemplatePacks.PackInfo info : packs.list()) {
            int loaded = 0;
            List<Named> objects = new ArrayList<>();
            for (Template wanted : packTemplates(info.name())) {
                Optional<Template> stored = standard(wanted.uids().get(TemplatePacks.SCOPE));
                if (stored.isPresent()) {
                    loaded++;
                    if (!stored.get().type().isAttribute()) {
                        objects.add(Named.of(stored.get()));
                    }
                }
            }
            List<String> chain = info.processChain().stream()
                    .map(uid -> standard(uid).map(TemplateText::label).orElse(uid)).toList();
            String label = info.labels().getOrDefault(language, info.labels().getOrDefault("en", info.name()));
            rows.add(new PackRow(info.name(), label, info.description(), info.version(), info.templateCount(),
                    info.requires(), chain, loaded, objects));
        }
        return rows;
    }

    /** The latest version of every template in the bank, by kind (every kind present, maybe empty), by name. */
    Map<TemplateKind, List<Row>> bank() {
        Map<TemplateKind, List<Row>> byKind = new EnumMap<>(TemplateKind.class);
        for (Template t : templates.list(null)) {
            int slots = t.properties().size() + t.conditions().size() + t.parameters().size();
            byKind.computeIfAbsent(t.type(), k -> new ArrayList<>()).add(new Row(t.id(), t.name(), TemplateText.label(t),
                    t.version(), TemplateText.uids(t), BoundsView.of(t.bounds()), slots));
        }
        Map<TemplateKind, List<Row>> ordered = new LinkedHashMap<>();
        KINDS.forEach(kind -> ordered.put(kind, byKind.getOrDefault(kind, List.of())));
        return ordered;
    }

    private Optional<Template> standard(String uid) {
        return uid == null ? Optional.empty() : templates.resolve(new Link(TemplatePacks.SCOPE, uid), null);
    }

    // the shipped files never change while the server runs: read each once
    private List<Template> packTemplates(String name) {
        return packTemplates.computeIfAbsent(name, n -> json.readValue(packs.json(n), PackFile.class).templates());
    }
}
