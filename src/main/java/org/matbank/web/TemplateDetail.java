package org.matbank.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.matbank.template.AttributeSlot;
import org.matbank.template.Template;
import org.matbank.template.TemplateKind;
import org.matbank.template.TemplateService;
import org.springframework.stereotype.Component;

/**
 * One template version as its page shows it: bounds for an attribute template (and the object
 * templates that list it); for an object template its attribute slots with the bounds that apply
 * (the slot's narrower ones, else the attribute template's), and the set of object templates its
 * workbook is made for.
 */
@Component
class TemplateDetail {

    /** An attribute an object template allows. */
    record Slot(UUID id, Integer version, String name, String label, boolean required, BoundsView bounds, boolean narrowed) {
    }

    /**
     * @param slots by attribute kind ({@code properties}, {@code conditions}, {@code parameters}), only those it has
     * @param set the object templates that belong together with this one (same pack or scope), this one first
     */
    record Detail(Template template, String label, String kind, List<Integer> versions, boolean latest, BoundsView bounds,
            Map<String, List<Slot>> slots, List<TemplateCatalog.Named> usedBy, List<TemplateCatalog.Named> set) {
    }

    private static final Map<String, TemplateKind> SLOT_KINDS = Map.of("properties", TemplateKind.PROPERTY_TEMPLATE,
            "conditions", TemplateKind.CONDITION_TEMPLATE, "parameters", TemplateKind.PARAMETER_TEMPLATE);
    private static final List<TemplateKind> OBJECT_KINDS = List.of(TemplateKind.MATERIAL_TEMPLATE,
            TemplateKind.PROCESS_TEMPLATE, TemplateKind.MEASUREMENT_TEMPLATE);

    private final TemplateService templates;

    TemplateDetail(TemplateService templates) {
        this.templates = templates;
    }

    /** The version asked for, or the latest; an unknown id or version is refused as the API refuses it (404). */
    Detail of(UUID id, Integer version) {
        List<Integer> versions = templates.versions(id).stream().map(Template::version).toList();
        Template t = version == null ? templates.get(id) : templates.get(id, version);
        boolean latest = t.version().equals(versions.get(versions.size() - 1));
        if (t.type().isAttribute()) {
            return new Detail(t, TemplateText.label(t), t.type().json(), versions, latest, BoundsView.of(t.bounds()), Map.of(),
                    usedBy(id), List.of());
        }
        Map<String, List<Slot>> slots = new LinkedHashMap<>();
        for (String field : List.of("properties", "conditions", "parameters")) {
            List<Slot> list = t.slots(SLOT_KINDS.get(field)).stream().map(this::slot).toList();
            if (!list.isEmpty()) {
                slots.put(field, list);
            }
        }
        return new Detail(t, TemplateText.label(t), t.type().json(), versions, latest, null, slots, List.of(), set(t));
    }

    private Slot slot(AttributeSlot s) {
        Template attribute = templates.resolve(s.template(), s.templateVersion()).orElse(null);
        if (attribute == null) {
            return new Slot(null, s.templateVersion(), s.template().toString(), s.template().toString(), s.required(),
                    BoundsView.of(s.bounds()), s.bounds() != null);
        }
        return new Slot(attribute.id(), attribute.version(), attribute.name(), TemplateText.label(attribute), s.required(),
                BoundsView.of(s.bounds() != null ? s.bounds() : attribute.bounds()), s.bounds() != null);
    }

    /** The object templates (latest versions) with a slot for this attribute template. */
    private List<TemplateCatalog.Named> usedBy(UUID attribute) {
        String id = attribute.toString();
        List<TemplateCatalog.Named> users = new ArrayList<>();
        for (TemplateKind kind : OBJECT_KINDS) {
            for (Template t : templates.list(kind)) {
                boolean uses = SLOT_KINDS.values().stream().flatMap(k -> t.slots(k).stream())
                        .anyMatch(s -> id.equals(s.template().id()));
                if (uses) {
                    users.add(TemplateCatalog.Named.of(t));
                }
            }
        }
        return users;
    }

    /**
     * The templates a workbook for this one is made with: the object templates of the same set, i.e.
     * of the same standard pack (external id {@code matbank-std:metal/...}) or of the same other scope.
     */
    private List<TemplateCatalog.Named> set(Template self) {
        List<TemplateCatalog.Named> set = new ArrayList<>();
        set.add(TemplateCatalog.Named.of(self));
        for (TemplateKind kind : OBJECT_KINDS) {
            templates.list(kind).stream().filter(t -> !t.id().equals(self.id()))
                    .filter(t -> TemplateSets.together(self, t))
                    .sorted(Comparator.comparing(Template::name, String.CASE_INSENSITIVE_ORDER))
                    .forEach(t -> set.add(TemplateCatalog.Named.of(t)));
        }
        return set;
    }
}
