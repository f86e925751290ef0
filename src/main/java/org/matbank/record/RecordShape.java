package org.matbank.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.matbank.shared.Violation;

/** Which fields each kind of object may carry; a field in the wrong kind is an error, not silently dropped. */
final class RecordShape {

    private static final Set<String> SAMPLE_TYPES = Set.of("experimental", "virtual", "production", "unknown");

    private RecordShape() {
    }

    static List<Violation> check(RecordObject o) {
        List<Violation> v = new ArrayList<>();
        if (o.type() == null) {
            v.add(new Violation("type", "type.missing", null, "type must be one of material_spec, material_run, "
                    + "process_spec, process_run, ingredient_spec, ingredient_run, measurement_spec, measurement_run"));
            return v;
        }
        if (o.name() == null || o.name().isBlank()) {
            v.add(new Violation("name", "name.missing", o.name(), "every object needs a name"));
        }
        String family = o.type().family();
        boolean run = !o.type().isSpec();
        forbid(v, o, "spec", o.spec() != null && !run);
        forbid(v, o, "process", o.process() != null && !family.equals("material") && !family.equals("ingredient"));
        forbid(v, o, "material", o.material() != null && !family.equals("ingredient") && o.type() != ObjectKind.MEASUREMENT_RUN);
        forbid(v, o, "properties", !o.properties().isEmpty()
                && o.type() != ObjectKind.MATERIAL_SPEC && o.type() != ObjectKind.MEASUREMENT_RUN);
        boolean processOrMeasurement = family.equals("process") || family.equals("measurement");
        forbid(v, o, "conditions", !o.conditions().isEmpty() && !processOrMeasurement);
        forbid(v, o, "parameters", !o.parameters().isEmpty() && !processOrMeasurement);
        boolean amounts = o.massFraction() != null || o.volumeFraction() != null || o.numberFraction() != null
                || o.absoluteQuantity() != null || !o.labels().isEmpty();
        forbid(v, o, "mass_fraction", amounts && !family.equals("ingredient"));
        forbid(v, o, "template", o.template() != null && family.equals("ingredient"));
        forbid(v, o, "step_order", (o.stepOrder() != null || o.equipment() != null) && !family.equals("process"));
        forbid(v, o, "specimen_form", (o.specimenForm() != null || o.instrument() != null) && !family.equals("measurement"));
        forbid(v, o, "sample_type", o.sampleType() != null && o.type() != ObjectKind.MATERIAL_RUN);
        forbid(v, o, "source", o.source() != null && o.type() != ObjectKind.PROCESS_RUN && o.type() != ObjectKind.MEASUREMENT_RUN);
        if (o.sampleType() != null && !SAMPLE_TYPES.contains(o.sampleType())) {
            v.add(new Violation("sample_type", "sample-type.unknown", o.sampleType(),
                    "sample_type must be one of " + SAMPLE_TYPES));
        }
        if (o.stepOrder() != null && o.stepOrder() < 1) {
            v.add(new Violation("step_order", "step-order.range", o.stepOrder(), "step_order counts from 1"));
        }
        if (o.type() != ObjectKind.MATERIAL_SPEC) {
            for (int i = 0; i < o.properties().size(); i++) {
                if (!o.properties().get(i).conditions().isEmpty()) {
                    v.add(new Violation("properties[" + i + "].conditions", "field.not-allowed", null,
                            "only the properties of a material spec carry their own conditions"));
                }
            }
        }
        return v;
    }

    private static void forbid(List<Violation> v, RecordObject o, String field, boolean present) {
        if (present) {
            v.add(new Violation(field, "field.not-allowed", null,
                    "a " + o.type().json() + " has no field " + field));
        }
    }
}
