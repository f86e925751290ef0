package org.matbank.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matbank.ingest.WorkbookRows.Ingredient;
import org.matbank.ingest.WorkbookRows.Material;
import org.matbank.ingest.WorkbookRows.Step;
import org.matbank.record.ObjectKind;
import org.matbank.record.RecordBuilder;
import org.matbank.record.RecordObject;
import org.matbank.shared.Link;

/**
 * Builds the history of one material of a workbook: the ingredients go into step 1, each step
 * makes an intermediate material that the next step consumes, the last step makes the material
 * itself, and the measurements test it. External ids are derived from the material id and the
 * step order, so reading the same workbook again names the same objects.
 */
final class WorkbookHistory {

    /** What an ingredient cell may name: a raw material or an earlier material, with its display name. */
    record Reference(Link link, String name) {
    }

    private final String scope;
    private final Material material;
    private final List<RecordObject> objects = new ArrayList<>();

    private WorkbookHistory(String scope, Material material) {
        this.scope = scope;
        this.material = material;
    }

    static List<RecordObject> build(String scope, Material material, List<Ingredient> ingredients, List<Step> steps,
            List<Step> measurements, Map<String, Reference> references) {
        WorkbookHistory history = new WorkbookHistory(scope, material);
        history.build(ingredients, steps, measurements, references);
        return history.objects;
    }

    private void build(List<Ingredient> ingredients, List<Step> steps, List<Step> measurements, Map<String, Reference> references) {
        String id = material.id();
        List<Step> ordered = ordered(steps);
        Link previous = null;
        for (int i = 0; i < ordered.size(); i++) {
            Step step = ordered.get(i);
            Link process = uid(id + "/process/" + step.order());
            RecordBuilder run = common(RecordObject.builder(ObjectKind.PROCESS_RUN, stepName(step)), process)
                    .template(templateLink(step)).templateVersion(step.template() == null ? null : step.template().version())
                    .stepOrder(step.order().intValue()).equipment(step.equipment()).date(step.date()).notes(step.notes());
            step.attributes().getOrDefault("parameter", List.of()).forEach(run::parameter);
            step.attributes().getOrDefault("condition", List.of()).forEach(run::condition);
            objects.add(run.build());
            if (i == 0) {
                ingredients(process, ingredients, references);
            } else {
                // each step works on what the step before made
                objects.add(common(RecordObject.builder(ObjectKind.INGREDIENT_RUN, material.name()), uid(process.id() + "/input"))
                        .process(process).material(previous).label("workpiece").build());
            }
            boolean last = i == ordered.size() - 1;
            if (!last) {
                previous = uid(id + "/after/" + step.order());
                objects.add(common(RecordObject.builder(ObjectKind.MATERIAL_RUN,
                        material.name() + " after step " + step.order()), previous).process(process).build());
            } else {
                previous = process;
            }
        }
        if (ordered.isEmpty() && !ingredients.isEmpty()) {
            // ingredients need a process to go into: a workbook without process rows still mixed them
            previous = uid(id + "/process/mixing");
            objects.add(common(RecordObject.builder(ObjectKind.PROCESS_RUN, "mixing of " + material.name()), previous).build());
            ingredients(previous, ingredients, references);
        }
        objects.add(common(RecordObject.builder(ObjectKind.MATERIAL_RUN, material.name()), uid(id)).process(previous)
                .template(material.template() == null ? null : Link.platform(material.template().id()))
                .templateVersion(material.template() == null ? null : material.template().version())
                .sampleType(material.sampleType()).date(material.date()).notes(material.notes()).build());
        for (int j = 0; j < measurements.size(); j++) {
            Step m = measurements.get(j);
            RecordBuilder run = common(RecordObject.builder(ObjectKind.MEASUREMENT_RUN, stepName(m)), uid(id + "/measurement/" + (j + 1)))
                    .material(uid(id)).template(templateLink(m)).templateVersion(m.template() == null ? null : m.template().version())
                    .specimenForm(m.specimenForm()).instrument(m.instrument()).date(m.date()).notes(m.notes());
            m.attributes().getOrDefault("property", List.of()).forEach(run::property);
            m.attributes().getOrDefault("condition", List.of()).forEach(run::condition);
            m.attributes().getOrDefault("parameter", List.of()).forEach(run::parameter);
            objects.add(run.build());
        }
    }

    /** Steps by step order; a step without an order or with one already taken is a violation and left out. */
    private static List<Step> ordered(List<Step> steps) {
        Set<Long> seen = new HashSet<>();
        List<Step> ordered = new ArrayList<>();
        for (Step s : steps) {
            if (s.order() == null) {
                if (s.line().text(1) == null) {
                    s.line().problem(1, "cell.required", null, "number the steps of a material 1, 2, 3...");
                }
            } else if (s.order() < 1) {
                s.line().problem(1, "step-order.range", s.order(), "step order counts from 1");
            } else if (!seen.add(s.order())) {
                s.line().problem(1, "step-order.duplicate", s.order(), "material " + s.materialId() + " has two steps " + s.order());
            } else {
                ordered.add(s);
            }
        }
        ordered.sort(Comparator.comparing(Step::order));
        return ordered;
    }

    private void ingredients(Link process, List<Ingredient> ingredients, Map<String, Reference> references) {
        for (int n = 0; n < ingredients.size(); n++) {
            Ingredient row = ingredients.get(n);
            Reference ref = row.ingredient() == null ? null : references.get(row.ingredient());
            if (ref == null) {
                if (row.ingredient() != null) {
                    row.line().problem(1, "material.unknown", row.ingredient(), "no raw material (id or name) or material "
                            + "listed above this one is called '" + row.ingredient() + "'");
                }
                continue;
            }
            RecordBuilder b = common(RecordObject.builder(ObjectKind.INGREDIENT_RUN, ref.name()), uid(material.id() + "/ingredient/" + (n + 1)))
                    .process(process).material(ref.link());
            if (row.label() != null) {
                b.label(row.label());
            }
            IngredientAmounts.apply(row, b);
            objects.add(b.build());
        }
    }

    private String stepName(Step step) {
        String what = step.template() == null ? "step" : step.template().shownName();
        return what + " of " + material.name() + (step.order() == null ? "" : " (step " + step.order() + ")");
    }

    private static Link templateLink(Step step) {
        return step.template() == null ? null : Link.platform(step.template().id());
    }

    private RecordBuilder common(RecordBuilder builder, Link uid) {
        return builder.uid(scope, uid.id()).author(material.author()).institution(material.institution());
    }

    private Link uid(String id) {
        return new Link(scope, id);
    }
}
