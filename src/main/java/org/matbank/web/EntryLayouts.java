package org.matbank.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.matbank.shared.UnitChoices;
import org.matbank.template.AttributeSlot;
import org.matbank.template.Bounds;
import org.matbank.template.CategoricalBounds;
import org.matbank.template.CompositionBounds;
import org.matbank.template.IntegerBounds;
import org.matbank.template.RealBounds;
import org.matbank.template.Template;
import org.matbank.template.TemplateKind;
import org.matbank.template.TemplateService;
import org.springframework.stereotype.Component;

/**
 * Makes the entry form from the templates a researcher picked: one section per object template,
 * one field per attribute slot, with the slot's bounds where it narrows them. The form follows the
 * latest version of each template, as a new record is checked against it.
 */
@Component
class EntryLayouts {

    static final int INGREDIENT_ROWS = 4;
    static final int FREE_COMPONENT_ROWS = 8;

    /** What was picked, as ids in text (blank: nothing); steps in their order. */
    record Picked(String material, List<String> steps, String measurement) {

        Picked {
            steps = steps == null ? List.of() : steps.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        }
    }

    private static final Map<String, String> LETTERS = Map.of("properties", "p", "conditions", "c", "parameters", "a");

    private final TemplateService templates;

    EntryLayouts(TemplateService templates) {
        this.templates = templates;
    }

    /**
     * The form for the picked templates; empty when no material template is picked. An id that
     * names no template of the expected kind is refused with an IllegalArgumentException.
     */
    Optional<EntryLayout> layout(Picked picked) {
        if (picked.material() == null || picked.material().isBlank()) {
            return Optional.empty();
        }
        EntrySection material = section("m", 0, template(picked.material(), TemplateKind.MATERIAL_TEMPLATE));
        List<EntrySection> steps = new ArrayList<>();
        for (String id : picked.steps()) {
            int order = steps.size() + 1;
            steps.add(section("s" + order, order, template(id, TemplateKind.PROCESS_TEMPLATE)));
        }
        EntrySection measurement = picked.measurement() == null || picked.measurement().isBlank() ? null
                : section("x", 0, template(picked.measurement(), TemplateKind.MEASUREMENT_TEMPLATE));
        return Optional.of(new EntryLayout(material, steps, measurement, INGREDIENT_ROWS));
    }

    private Template template(String id, TemplateKind kind) {
        Template t;
        try {
            t = templates.get(UUID.fromString(id.strip()));
        } catch (RuntimeException unknown) {
            throw new IllegalArgumentException("no template " + id, unknown);
        }
        if (t.type() != kind) {
            throw new IllegalArgumentException(id + " is a " + t.type().json() + ", not a " + kind.json());
        }
        return t;
    }

    private EntrySection section(String key, int order, Template t) {
        List<EntryField> fields = new ArrayList<>();
        for (String family : List.of("properties", "conditions", "parameters")) {
            List<AttributeSlot> slots = t.slots(kind(family));
            for (int i = 0; i < slots.size(); i++) {
                field(key + "-" + LETTERS.get(family) + i, family, slots.get(i)).ifPresent(fields::add);
            }
        }
        return new EntrySection(key, order, t, TemplateText.label(t), fields);
    }

    private Optional<EntryField> field(String key, String family, AttributeSlot slot) {
        Optional<Template> found = templates.resolve(slot.template(), slot.templateVersion());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Template a = found.get();
        Bounds bounds = slot.bounds() != null ? slot.bounds() : a.bounds();
        String kind = "molecular";
        List<String> units = List.of();
        List<String> options = List.of();
        int rows = 0;
        if (bounds instanceof RealBounds r) {
            kind = "real";
            // the template API takes real bounds without default units: then the value has none to start from
            String defaultUnits = r.defaultUnits() == null ? "" : r.defaultUnits();
            units = UnitChoices.of(defaultUnits);
            if (units.isEmpty()) {
                units = List.of(defaultUnits.isBlank() ? "dimensionless" : defaultUnits);
            }
        } else if (bounds instanceof IntegerBounds) {
            kind = "integer";
        } else if (bounds instanceof CategoricalBounds c) {
            kind = "categorical";
            options = c.categories();
        } else if (bounds instanceof CompositionBounds c) {
            kind = "composition";
            options = c.components();
            rows = options.size() <= EntryField.LISTED_ROWS ? options.size() : FREE_COMPONENT_ROWS;
        }
        return Optional.of(new EntryField(key, family, a.id(), a.version(), a.name(), TemplateText.label(a), kind, units,
                units.isEmpty() ? "" : units.get(0), options, slot.required(), BoundsView.of(bounds), rows));
    }

    private static TemplateKind kind(String family) {
        return switch (family) {
            case "properties" -> TemplateKind.PROPERTY_TEMPLATE;
            case "conditions" -> TemplateKind.CONDITION_TEMPLATE;
            default -> TemplateKind.PARAMETER_TEMPLATE;
        };
    }
}
