package org.matbank.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.matbank.record.Attribute;
import org.matbank.record.NominalComposition;
import org.matbank.record.NominalReal;
import org.matbank.record.ObjectKind;
import org.matbank.record.RecordBuilder;
import org.matbank.record.RecordObject;
import org.matbank.shared.Link;
import org.matbank.shared.Origin;

/**
 * A candidate as a planned experiment: a chain of process specs, one per process step the space
 * sets parameters of (each with the step's process template, so the table finds its parameters
 * under the same column), each consuming the previous step's material spec, ending in the
 * material spec with the candidate's composition. Its notes keep the predictions, so whoever makes
 * the material knows what was expected. A material run that names this spec realises it; its
 * measurements then reach the table, and the next round learns from them.
 */
final class PlannedExperiments {

    /** The scope of the external ids of planned experiments: {@code matbank-design:<design>/r<round>/c<rank>}. */
    static final String SCOPE = "matbank-design";
    private static final String MASS = " (mass fraction)";
    private static final String ATOMIC = " (atomic fraction)";

    private PlannedExperiments() {
    }

    /** The objects of one candidate, the material spec last; {@code processTemplates} maps a step's name to its template. */
    static List<RecordObject> of(Design design, int round, Candidate candidate, Map<String, Link> processTemplates, String author) {
        String base = design.id() + "/r" + round + "/c" + candidate.rank();
        String title = design.name() + " round " + round + " candidate " + candidate.rank();
        Map<String, List<Map.Entry<String, Double>>> steps = new LinkedHashMap<>();
        List<Attribute> compositions = new ArrayList<>();
        List<String> other = new ArrayList<>();
        DesignSpace space = design.rounds().get(round - 1).outcome().space();
        for (DesignSpace.Composition g : space.compositions()) {
            // one composition value per group, in percent of its total, on the group's basis (mass, atomic...)
            Map<String, Double> percent = new LinkedHashMap<>();
            g.components().forEach(c -> percent.put(element(c.name()), candidate.values().get(g.variable(c.name())) * 100 / g.total()));
            compositions.add(Attribute.of(g.name(), null, new NominalComposition(percent, basis(g.unit())), Origin.SPECIFIED));
        }
        for (DesignSpace.Parameter p : space.parameters()) {
            String column = p.column();
            double value = candidate.values().get(column);
            int slash = column.indexOf('/');
            if (column.startsWith("parameter:") && slash > 0) {
                steps.computeIfAbsent(column.substring("parameter:".length(), slash), k -> new ArrayList<>()).add(Map.entry(column, value));
            } else {
                other.add(column + " = " + value + (p.unit() == null || p.unit().isEmpty() ? "" : " " + p.unit()));
            }
        }
        candidate.choices().forEach((column, option) -> other.add(column + " = " + option));
        List<RecordObject> objects = new ArrayList<>();
        Link previous = null;
        int order = 0;
        for (Map.Entry<String, List<Map.Entry<String, Double>>> step : steps.entrySet()) {
            order++;
            String uid = base + "/step-" + order;
            RecordBuilder process = common(RecordObject.builder(ObjectKind.PROCESS_SPEC, step.getKey() + " of " + title), author)
                    .uid(SCOPE, uid).template(processTemplates.get(step.getKey())).stepOrder(order);
            for (Map.Entry<String, Double> parameter : step.getValue()) {
                String name = parameter.getKey().substring(parameter.getKey().indexOf('/') + 1);
                process.parameter(Attribute.of(name, null, new NominalReal(parameter.getValue(), unit(space, parameter.getKey())), Origin.SPECIFIED));
            }
            objects.add(process.build());
            if (previous != null) {
                objects.add(common(RecordObject.builder(ObjectKind.INGREDIENT_SPEC, "material of " + title), author)
                        .uid(SCOPE, uid + "/input").process(new Link(SCOPE, uid)).material(previous).massFraction(new NominalReal(1, ""))
                        .label("workpiece").build());
            }
            boolean last = order == steps.size();
            Link output = new Link(SCOPE, last ? base : uid + "/output");
            RecordBuilder material = common(RecordObject.builder(ObjectKind.MATERIAL_SPEC, last ? title : title + " after " + step.getKey()), author)
                    .uid(SCOPE, output.id()).process(new Link(SCOPE, uid));
            if (last) {
                finish(material, compositions, candidate, other);
            }
            objects.add(material.build());
            previous = output;
        }
        if (steps.isEmpty()) {
            RecordBuilder material = common(RecordObject.builder(ObjectKind.MATERIAL_SPEC, title), author).uid(SCOPE, base);
            finish(material, compositions, candidate, other);
            objects.add(material.build());
        }
        return objects;
    }

    private static void finish(RecordBuilder material, List<Attribute> compositions, Candidate candidate, List<String> other) {
        compositions.forEach(material::property);
        StringBuilder notes = new StringBuilder("Planned experiment proposed by MatBank design. Predicted:");
        for (Candidate.Estimate e : candidate.estimates()) {
            notes.append(String.format(Locale.ROOT, " %s %.6g ± %.3g %s;", e.property(), e.mean(), e.sigma(), e.unit()));
        }
        notes.append(String.format(Locale.ROOT, " score %.4g, probability of meeting the bounds %.3f.", candidate.score(), candidate.probability()));
        if (!other.isEmpty()) {
            notes.append(" Also set: ").append(String.join("; ", other)).append('.');
        }
        material.notes(notes.toString()).tag("planned experiment");
    }

    private static String element(String component) {
        for (String suffix : new String[] {MASS, ATOMIC}) {
            if (component.endsWith(suffix)) {
                return component.substring(0, component.length() - suffix.length());
            }
        }
        return component;
    }

    /** The composition basis of a group's unit: "atomic fraction" and at% are atomic, vol% volume, anything else mass. */
    private static String basis(String unit) {
        String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
        return u.contains("atomic") || u.startsWith("at") && !u.startsWith("atm") ? "atomic" : u.startsWith("vol") ? "volume" : "mass";
    }

    private static String unit(DesignSpace space, String column) {
        return space.parameters().stream().filter(p -> p.column().equals(column)).map(DesignSpace.Parameter::unit)
                .map(u -> u == null ? "" : u).findFirst().orElse("");
    }

    private static RecordBuilder common(RecordBuilder builder, String author) {
        return builder.author(author).tag("design");
    }
}
