package org.matbank.record;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.matbank.shared.Link;
import org.matbank.template.AttributeSlot;
import org.matbank.template.RealBounds;
import org.matbank.template.Template;
import org.matbank.template.TemplateKind;
import org.matbank.template.TemplateService;
import org.springframework.stereotype.Component;

/**
 * Checks one object against its templates and returns it resolved: template links turned into
 * platform links with the version checked against, and SI values computed.
 */
@Component
class RecordValidator {

    private static final RealBounds FRACTION = new RealBounds(0, 1, "");

    private final TemplateService templates;
    private final FileStore files;

    RecordValidator(TemplateService templates, FileStore files) {
        this.templates = templates;
        this.files = files;
    }

    record Checked(RecordObject object, List<Finding> findings) {
    }

    Checked check(RecordObject o) {
        List<Finding> findings = new ArrayList<>();
        RecordShape.check(o).forEach(v -> findings.add(new Finding(v, false)));
        if (o.type() == null) {
            return new Checked(o, findings);
        }
        Template objectTemplate = objectTemplate(o, findings);
        RecordBuilder resolved = o.toBuilder();
        if (objectTemplate != null) {
            resolved.template(Link.platform(objectTemplate.id())).templateVersion(objectTemplate.version());
        }
        resolved.properties(attributes("properties", o.properties(), TemplateKind.PROPERTY_TEMPLATE, objectTemplate, findings));
        resolved.conditions(attributes("conditions", o.conditions(), TemplateKind.CONDITION_TEMPLATE, objectTemplate, findings));
        resolved.parameters(attributes("parameters", o.parameters(), TemplateKind.PARAMETER_TEMPLATE, objectTemplate, findings));
        amounts(o, findings);
        return new Checked(resolved.build(), findings);
    }

    private Template objectTemplate(RecordObject o, List<Finding> findings) {
        if (o.template() == null) {
            return null;
        }
        Optional<Template> found = templates.resolve(o.template(), o.templateVersion());
        TemplateKind expected = o.type().templateKind();
        if (found.isEmpty()) {
            findings.add(Finding.error("template", "template.unknown", String.valueOf(o.template()),
                    "no template is known by this link" + (o.templateVersion() == null ? "" : " at version " + o.templateVersion())));
            return null;
        }
        if (found.get().type() != expected) {
            findings.add(Finding.error("template", "template.kind.mismatch", found.get().name(),
                    "a " + o.type().json() + " is checked against a " + (expected == null ? "no template" : expected.json())
                            + ", not a " + found.get().type().json()));
            return null;
        }
        return found.get();
    }

    private List<Attribute> attributes(String field, List<Attribute> attributes, TemplateKind kind,
            Template objectTemplate, List<Finding> findings) {
        List<Attribute> resolved = new ArrayList<>();
        Set<String> seenTemplates = new HashSet<>();
        for (int i = 0; i < attributes.size(); i++) {
            String path = field + "[" + i + "]";
            Attribute a = attributes.get(i);
            resolved.add(attribute(path, a, kind, objectTemplate, findings, seenTemplates));
        }
        if (objectTemplate != null) {
            for (AttributeSlot slot : objectTemplate.slots(kind)) {
                if (slot.required() && !seenTemplates.contains(slot.template().id())) {
                    String name = templates.resolve(slot.template(), slot.templateVersion()).map(Template::name).orElse(slot.template().id());
                    findings.add(Finding.bounds(field, "template.attribute.required", name,
                            "template '" + objectTemplate.name() + "' requires the " + kind.json().replace("_template", "") + " '" + name + "'"));
                }
            }
        }
        return resolved;
    }

    private Attribute attribute(String path, Attribute a, TemplateKind kind, Template objectTemplate,
            List<Finding> findings, Set<String> seenTemplates) {
        String name = a.name() == null ? "?" : a.name();
        if (a.name() == null || a.name().isBlank()) {
            findings.add(Finding.error(path + ".name", "name.missing", null, "every attribute needs a name"));
        }
        findings.addAll(ValueChecks.intrinsic(path + ".value", name, a.value()));
        if (a.value() instanceof FileValue file && file.sha256() != null && file.sha256().matches("[0-9a-f]{64}")
                && !files.exists(file.sha256())) {
            findings.add(Finding.error(path + ".value.sha256", "file.unknown", file.sha256(),
                    "no uploaded file has this hash; upload it with POST /api/files first"));
        }
        Template template = attributeTemplate(path, a, kind, objectTemplate, findings);
        List<Attribute> conditions = attributes(path + ".conditions", a.conditions(), TemplateKind.CONDITION_TEMPLATE, null, findings);
        if (template == null) {
            return a.resolved(a.template(), a.templateVersion(), conditions, BoundsChecks.si(a.value()));
        }
        seenTemplates.add(template.id().toString());
        String source = "template '" + template.name() + "' v" + template.version();
        findings.addAll(BoundsChecks.check(path + ".value", name, a.value(), template.bounds(), source));
        if (objectTemplate != null) {
            Optional<AttributeSlot> slot = objectTemplate.slots(kind).stream()
                    .filter(s -> template.id().toString().equals(s.template().id())).findFirst();
            if (slot.isEmpty()) {
                findings.add(Finding.bounds(path + ".template", "template.attribute.not-allowed", template.name(),
                        "template '" + objectTemplate.name() + "' does not list '" + template.name() + "'"));
            } else if (slot.get().bounds() != null) {
                findings.addAll(BoundsChecks.check(path + ".value", name, a.value(), slot.get().bounds(),
                        "template '" + objectTemplate.name() + "' v" + objectTemplate.version()));
            }
        }
        return a.resolved(Link.platform(template.id()), template.version(), conditions, BoundsChecks.si(a.value()));
    }

    private Template attributeTemplate(String path, Attribute a, TemplateKind kind, Template objectTemplate,
            List<Finding> findings) {
        if (a.template() == null) {
            return objectTemplate == null ? null : slotByName(objectTemplate, kind, a.name());
        }
        Optional<Template> found = templates.resolve(a.template(), a.templateVersion());
        if (found.isEmpty()) {
            findings.add(Finding.error(path + ".template", "template.unknown", String.valueOf(a.template()),
                    "no " + kind.json() + " is known by this link"));
            return null;
        }
        if (found.get().type() != kind) {
            findings.add(Finding.error(path + ".template", "template.kind.mismatch", found.get().name(),
                    "'" + found.get().name() + "' is a " + found.get().type().json() + ", expected a " + kind.json()));
            return null;
        }
        return found.get();
    }

    // an attribute without a template link is matched to the object template's slot of the same name
    private Template slotByName(Template objectTemplate, TemplateKind kind, String name) {
        return objectTemplate.slots(kind).stream()
                .map(s -> templates.resolve(s.template(), s.templateVersion()).orElse(null))
                .filter(t -> t != null && t.name().equalsIgnoreCase(name))
                .findFirst().orElse(null);
    }

    private void amounts(RecordObject o, List<Finding> findings) {
        fraction("mass_fraction", o.massFraction(), findings);
        fraction("volume_fraction", o.volumeFraction(), findings);
        fraction("number_fraction", o.numberFraction(), findings);
        if (o.absoluteQuantity() != null) {
            findings.addAll(ValueChecks.intrinsic("absolute_quantity", "absolute_quantity", o.absoluteQuantity()));
            if (!(o.absoluteQuantity() instanceof RealValue)) {
                findings.add(Finding.error("absolute_quantity", "value.type-mismatch", null, "an absolute quantity is a real value with a unit"));
            }
        }
    }

    private static void fraction(String field, Value value, List<Finding> findings) {
        if (value == null) {
            return;
        }
        findings.addAll(ValueChecks.intrinsic(field, field, value));
        if (!(value instanceof RealValue v)) {
            findings.add(Finding.error(field, "value.type-mismatch", null, field + " is a real value between 0 and 1"));
            return;
        }
        // a fraction outside 0..1 is wrong whatever the validation level
        BoundsChecks.check(field, field, v, FRACTION, "a fraction lies between 0 and 1")
                .forEach(f -> findings.add(new Finding(f.violation(), false)));
    }
}
