package org.matbank.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.matbank.shared.Link;
import org.matbank.template.Template;
import org.matbank.template.TemplateKind;
import org.matbank.template.TemplatePacks;
import org.matbank.template.TemplateService;
import org.springframework.stereotype.Component;

/**
 * What the entry page offers to pick: material templates, and process and measurement templates
 * with those of the picked material's set first ({@link TemplateSets}); and, for a material of a
 * standard pack with a process chain, the chain's steps as the first guess.
 */
@Component
class EntryChoices {

    /** Options of one select, in groups: {@code set} (the material's set), {@code other}, or {@code all}. */
    record Group(String key, List<TemplateCatalog.Named> templates) {
    }

    record Choices(List<TemplateCatalog.Named> materials, List<Group> processes, List<Group> measurements) {
    }

    private final TemplateService templates;
    private final TemplatePacks packs;

    EntryChoices(TemplateService templates, TemplatePacks packs) {
        this.templates = templates;
        this.packs = packs;
    }

    Choices choices(String materialId) {
        Template material = material(materialId).orElse(null);
        return new Choices(templates.list(TemplateKind.MATERIAL_TEMPLATE).stream().map(TemplateCatalog.Named::of).toList(),
                groups(TemplateKind.PROCESS_TEMPLATE, material), groups(TemplateKind.MEASUREMENT_TEMPLATE, material));
    }

    /** The process steps of the material's pack, in the pack's order, as far as they are in the bank; else none. */
    List<String> chain(String materialId) {
        String pack = material(materialId).map(TemplateSets::pack).orElse(null);
        if (pack == null) {
            return List.of();
        }
        return packs.list().stream().filter(p -> p.name().equals(pack)).findFirst().map(TemplatePacks.PackInfo::processChain)
                .orElse(List.of()).stream().map(uid -> templates.resolve(new Link(TemplatePacks.SCOPE, uid), null))
                .flatMap(Optional::stream).map(t -> t.id().toString()).toList();
    }

    private List<Group> groups(TemplateKind kind, Template material) {
        List<TemplateCatalog.Named> set = new ArrayList<>();
        List<TemplateCatalog.Named> other = new ArrayList<>();
        for (Template t : templates.list(kind)) {
            (material != null && TemplateSets.together(material, t) ? set : other).add(TemplateCatalog.Named.of(t));
        }
        if (set.isEmpty()) {
            return List.of(new Group("all", other));
        }
        return other.isEmpty() ? List.of(new Group("set", set)) : List.of(new Group("set", set), new Group("other", other));
    }

    private Optional<Template> material(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty()
                    : Optional.of(templates.get(UUID.fromString(id.strip()))).filter(t -> t.type() == TemplateKind.MATERIAL_TEMPLATE);
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
    }
}
