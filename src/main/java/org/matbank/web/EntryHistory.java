package org.matbank.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.matbank.record.Attribute;
import org.matbank.record.NominalReal;
import org.matbank.record.ObjectKind;
import org.matbank.record.RecordBuilder;
import org.matbank.record.RecordObject;
import org.matbank.record.Value;
import org.matbank.shared.Ids;
import org.matbank.shared.Link;
import org.matbank.shared.Origin;
import org.matbank.shared.Violation;

/**
 * Turns a filled entry form into the objects of one material history, shaped as a workbook
 * import shapes it (ingest.WorkbookHistory): the material spec carries the material template and
 * its properties (composition...); raw materials go into step 1 as ingredients; each step makes
 * an intermediate material that the next step consumes; the last step makes the material (a run
 * of the spec); the measurement tests it. Objects link by platform ids given here, so the batch
 * is complete before anything is stored. It also notes which form field each object and
 * attribute came from, so that the API's violation paths ({@code objects[3].parameters[0].value})
 * can be shown next to the field.
 */
final class EntryHistory {

    /**
     * @param material the id of the material made (the last material run)
     * @param paths violation path (or {@code path#attribute name}) -> the form key to show it at
     */
    record Built(List<RecordObject> objects, UUID material, Map<String, String> paths, Map<String, List<Violation>> formProblems) {
    }

    private final EntryLayout layout;
    private final EntryValues values;
    private final List<RecordObject> objects = new ArrayList<>();
    private final Map<String, String> paths = new LinkedHashMap<>();
    private String name;

    private EntryHistory(EntryLayout layout, Map<String, String> form) {
        this.layout = layout;
        this.values = new EntryValues(form);
    }

    static Built build(EntryLayout layout, Map<String, String> form) {
        EntryHistory history = new EntryHistory(layout, form);
        UUID material = history.build();
        return new Built(List.copyOf(history.objects), material, history.paths, history.values.problems());
    }

    private UUID build() {
        name = values.text("name");
        EntrySection m = layout.material();
        RecordBuilder spec = common(ObjectKind.MATERIAL_SPEC, name).template(Link.platform(m.template().id()))
                .templateVersion(m.template().version());
        UUID specId = add(attributes(spec, m, Origin.SPECIFIED), m.key());
        paths.put(at(specId) + ".name", "name");
        List<UUID> processes = new ArrayList<>();
        layout.steps().forEach(s -> processes.add(Ids.next()));
        boolean anyIngredient = layout.ingredientIndexes().stream().anyMatch(i -> values.text("i" + i + "-name") != null
                || values.text("i" + i + "-amount") != null);
        if (processes.isEmpty() && anyIngredient) {
            // ingredients go into a process: without steps, they were at least mixed (as a workbook import says too)
            processes.add(add(common(ObjectKind.PROCESS_RUN, "mixing of " + shown()), m.key()));
        }
        if (!processes.isEmpty()) {
            ingredients(Link.platform(processes.get(0)));
        }
        Link previous = processes.isEmpty() ? null : Link.platform(processes.get(processes.size() - 1));
        for (int i = 0; i < layout.steps().size(); i++) {
            previous = step(layout.steps().get(i), processes.get(i), i == 0 ? null : previous, i == layout.steps().size() - 1);
        }
        RecordBuilder run = common(ObjectKind.MATERIAL_RUN, name).spec(Link.platform(specId)).process(previous)
                .sampleType(values.text("sampleType")).date(values.date("date", "date"));
        UUID material = add(run, m.key());
        paths.put(at(material) + ".name", "name");
        EntrySection x = layout.measurement();
        if (x != null) {
            RecordBuilder measurement = common(ObjectKind.MEASUREMENT_RUN, x.template().name() + " of " + shown())
                    .template(Link.platform(x.template().id())).templateVersion(x.template().version())
                    .material(Link.platform(material)).specimenForm(values.text("x-specimen")).instrument(values.text("x-instrument"));
            add(attributes(measurement, x, Origin.MEASURED), x.key());
        }
        return material;
    }

    /** One step: its process run, what it works on (the previous step's output) and, unless last, what it makes. */
    private Link step(EntrySection s, UUID process, Link input, boolean last) {
        RecordBuilder run = common(ObjectKind.PROCESS_RUN, s.template().name() + " of " + shown() + " (step " + s.order() + ")")
                .id(process).template(Link.platform(s.template().id())).templateVersion(s.template().version())
                .stepOrder(s.order()).equipment(values.text(s.key() + "-equipment"));
        add(attributes(run, s, Origin.SPECIFIED), s.key());
        Link here = Link.platform(process);
        if (input != null) {
            add(common(ObjectKind.INGREDIENT_RUN, shown()).process(here).material(input).label("workpiece"), s.key());
            // it bears the material's name: a missing name is said at the name field
            paths.put("objects[" + (objects.size() - 1) + "].name", "name");
        }
        if (last) {
            return here;
        }
        return Link.platform(add(common(ObjectKind.MATERIAL_RUN, shown() + " after step " + s.order()).process(here), s.key()));
    }

    private void ingredients(Link process) {
        for (int i : layout.ingredientIndexes()) {
            String key = "i" + i;
            String ingredient = values.text(key + "-name");
            String amount = values.text(key + "-amount");
            if (ingredient == null) {
                if (amount != null) {
                    values.problem(key, "form.ingredient", amount);
                }
                continue;
            }
            UUID raw = add(common(ObjectKind.MATERIAL_RUN, ingredient).tag("raw material"), key);
            RecordBuilder used = common(ObjectKind.INGREDIENT_RUN, ingredient).process(process).material(Link.platform(raw));
            Double fraction = amount == null ? null : values.number(key, amount);
            if (fraction != null) {
                String unit = values.text(key + "-unit");
                // percent unless said otherwise, as the form offers it first
                used.massFraction(new NominalReal(fraction, unit == null ? "%" : "dimensionless".equals(unit) ? "" : unit));
            }
            add(used, key);
        }
    }

    /** The section's attributes on the object; the index each gets there is noted for its field. */
    private RecordBuilder attributes(RecordBuilder b, EntrySection s, Origin origin) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        String at = "objects[" + objects.size() + "].";
        for (EntryField f : s.fields()) {
            paths.put(at + f.family() + "#" + f.name(), f.key());
            Value value = values.value(f);
            if (value == null) {
                continue;
            }
            int index = counts.merge(f.family(), 1, Integer::sum) - 1;
            paths.put(at + f.family() + "[" + index + "]", f.key());
            Attribute attribute = new Attribute(f.name(), Link.platform(f.templateId()), f.templateVersion(), value,
                    "properties".equals(f.family()) ? origin : Origin.SPECIFIED, null, null, null, null);
            switch (f.family()) {
                case "properties" -> b.property(attribute);
                case "conditions" -> b.condition(attribute);
                default -> b.parameter(attribute);
            }
        }
        return b;
    }

    private RecordBuilder common(ObjectKind kind, String objectName) {
        return RecordObject.builder(kind, objectName).id(Ids.next()).author(values.text("author"))
                .institution(values.text("institution"));
    }

    /** Adds the object (its id given by the builder) and notes its form section; returns its id. */
    private UUID add(RecordBuilder b, String sectionKey) {
        RecordObject o = b.build();
        paths.put("objects[" + objects.size() + "]", sectionKey);
        objects.add(o);
        return o.id();
    }

    private String at(UUID id) {
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i).id().equals(id)) {
                return "objects[" + i + "]";
            }
        }
        throw new IllegalStateException("not in the batch: " + id);
    }

    private String shown() {
        return name == null ? "" : name;
    }
}
