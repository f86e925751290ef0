package org.matbank.template;

import java.util.ArrayList;
import java.util.List;
import org.matbank.shared.Violation;

/** Rules a template definition must follow before it is stored. */
final class TemplateChecks {

    private TemplateChecks() {
    }

    static List<Violation> shape(Template template) {
        List<Violation> violations = new ArrayList<>();
        if (template.type() == null) {
            violations.add(new Violation("type", "template.kind.missing", null,
                    "type must be one of property_template, condition_template, parameter_template, "
                            + "material_template, process_template, measurement_template"));
            return violations;
        }
        if (template.name() == null || template.name().isBlank()) {
            violations.add(new Violation("name", "template.name.missing", template.name(), "a template needs a name"));
        }
        if (template.type().isAttribute()) {
            if (template.bounds() == null) {
                violations.add(new Violation("bounds", "template.bounds.missing", null,
                        "an attribute template needs bounds"));
            } else if (template.bounds().defect() != null) {
                violations.add(new Violation("bounds", "bounds.invalid", template.bounds(), template.bounds().defect()));
            }
            boolean slots = !template.properties().isEmpty() || !template.conditions().isEmpty() || !template.parameters().isEmpty();
            if (slots) {
                violations.add(new Violation("properties", "template.slots.not-allowed", null,
                        "an attribute template lists no other templates"));
            }
        } else {
            if (template.bounds() != null) {
                violations.add(new Violation("bounds", "template.bounds.not-allowed", template.bounds(),
                        "an object template has no bounds of its own; narrow the bounds of its attributes instead"));
            }
            if (template.type() == TemplateKind.MATERIAL_TEMPLATE
                    && (!template.conditions().isEmpty() || !template.parameters().isEmpty())) {
                violations.add(new Violation("conditions", "template.slots.not-allowed", null,
                        "a material template lists properties only"));
            }
            if (template.type() == TemplateKind.PROCESS_TEMPLATE && !template.properties().isEmpty()) {
                violations.add(new Violation("properties", "template.slots.not-allowed", null,
                        "a process template lists conditions and parameters only"));
            }
        }
        return violations;
    }

    static List<Violation> slot(String path, AttributeSlot slot, Template attribute, TemplateKind expected) {
        List<Violation> violations = new ArrayList<>();
        if (attribute.type() != expected) {
            violations.add(new Violation(path + ".template", "template.kind.mismatch", attribute.name(),
                    "'" + attribute.name() + "' is a " + attribute.type().json() + ", expected a " + expected.json()));
            return violations;
        }
        Bounds narrowed = slot.bounds();
        if (narrowed != null) {
            if (narrowed.defect() != null) {
                violations.add(new Violation(path + ".bounds", "bounds.invalid", narrowed, narrowed.defect()));
            } else if (!narrowed.within(attribute.bounds())) {
                violations.add(new Violation(path + ".bounds", "bounds.wider", narrowed,
                        "bounds for '" + attribute.name() + "' must lie within the attribute template's bounds " + attribute.bounds()));
            }
        }
        return violations;
    }
}
