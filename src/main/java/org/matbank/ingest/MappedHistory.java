package org.matbank.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matbank.ingest.CsvMapping.AmountMapping;
import org.matbank.ingest.CsvMapping.CompositionMapping;
import org.matbank.ingest.CsvMapping.MeasurementMapping;
import org.matbank.ingest.CsvMapping.StepMapping;
import org.matbank.record.NominalComposition;
import org.matbank.record.NominalReal;
import org.matbank.record.ObjectKind;
import org.matbank.record.RecordBuilder;
import org.matbank.record.RecordObject;
import org.matbank.shared.Link;

/**
 * Builds the material history of one mapped row: raw materials -> ingredients -> the mixing step
 * -> each later step in order -> the final material (with its spec and nominal composition) ->
 * measurements. External ids are {@code scope:key/part}, so a re-import finds every object again.
 */
final class MappedHistory {

    private final CsvMapping mapping;
    private final MappedRow row;
    private final MappedAttributes attributes;
    private final String key;
    private final List<RecordObject> objects = new ArrayList<>();
    private Link material;
    private int step;

    private MappedHistory(CsvMapping mapping, MappedRow row) {
        this.mapping = mapping;
        this.row = row;
        this.attributes = new MappedAttributes(row);
        this.key = row.fill(mapping.key());
    }

    static SourceUnit build(CsvMapping mapping, MappedRow row) {
        MappedHistory history = new MappedHistory(mapping, row);
        history.build();
        return new SourceUnit(row.place(), history.objects, row.violations());
    }

    private void build() {
        if (key == null || key.isBlank()) {
            row.problem(null, "csv.key.blank", mapping.key(), "the row key '" + mapping.key() + "' is blank for this row");
            return;
        }
        if (mapping.ingredients() != null) {
            Link mixing = process(mapping.ingredients().process(), mapping.ingredients().template(), null, List.of(), List.of());
            ingredients(mixing);
            material = output(mixing, "mixed");
        }
        for (StepMapping s : mapping.steps()) {
            if (skipped(s)) {
                continue;
            }
            Link process = process(s.name(), s.template(), s.equipment(), s.parameters(), s.conditions());
            if (material != null) {
                ingredient(process, material, "workpiece", null, null, List.of("workpiece"));
            }
            material = output(process, "after-" + slug(s.name()));
        }
        finish();
    }

    private void ingredients(Link mixing) {
        double sum = 0;
        for (AmountMapping amount : mapping.ingredients().amounts()) {
            Double value = row.number(amount.column());
            if (value == null || value == 0) {
                continue;
            }
            sum += value;
            ingredient(mixing, rawMaterial(amount), amount.ingredient(), amount, value, amount.labels());
        }
        AmountMapping balance = mapping.ingredients().balance();
        if (balance != null) {
            double whole = MappedAttributes.isPercent(balance.unit()) ? 100 : 1;
            ingredient(mixing, rawMaterial(balance), balance.ingredient(), balance, Math.round((whole - sum) * 1e9) / 1e9, balance.labels());
        }
    }

    private Link rawMaterial(AmountMapping amount) {
        if (amount.material() != null) {
            return amount.material();
        }
        String uid = "raw/" + slug(amount.ingredient());
        if (objects.stream().noneMatch(o -> uid.equals(o.uids().get(mapping.scope())))) {
            objects.add(common(RecordObject.builder(ObjectKind.MATERIAL_RUN, amount.ingredient()))
                    .uid(mapping.scope(), uid).sampleType("production").tag("raw material").build());
        }
        return new Link(mapping.scope(), uid);
    }

    private void ingredient(Link process, Link input, String name, AmountMapping amount, Double value, List<String> labels) {
        String uid = key + "/" + slugOf(process) + "/" + slug(name);
        RecordBuilder b = common(RecordObject.builder(ObjectKind.INGREDIENT_RUN, name))
                .uid(mapping.scope(), uid).process(process).material(input);
        labels.forEach(b::label);
        if (amount != null) {
            attributes.amount(b, amount, value);
        }
        objects.add(b.build());
    }

    private Link process(String name, Link template, String equipment, List<CsvMapping.AttributeMapping> parameters,
            List<CsvMapping.AttributeMapping> conditions) {
        step++;
        String uid = key + "/" + slug(name);
        RecordBuilder b = common(RecordObject.builder(ObjectKind.PROCESS_RUN, name + " of " + key))
                .uid(mapping.scope(), uid).template(template).stepOrder(step).equipment(equipment);
        parameters.forEach(p -> attributes.attribute(p).ifPresent(b::parameter));
        conditions.forEach(c -> attributes.attribute(c).ifPresent(b::condition));
        objects.add(b.build());
        return new Link(mapping.scope(), uid);
    }

    private Link output(Link process, String state) {
        String uid = key + "/" + state;
        objects.add(common(RecordObject.builder(ObjectKind.MATERIAL_RUN, key + " (" + state + ")"))
                .uid(mapping.scope(), uid).process(process).sampleType("experimental").build());
        return new Link(mapping.scope(), uid);
    }

    private void finish() {
        CsvMapping.MaterialMapping m = mapping.material();
        String name = m == null || m.name() == null ? key : row.fill(m.name());
        Link spec = null;
        if (m != null && (m.template() != null || m.composition() != null || !m.properties().isEmpty())) {
            RecordBuilder b = common(RecordObject.builder(ObjectKind.MATERIAL_SPEC, name)).uid(mapping.scope(), key + "/spec")
                    .template(m.template());
            if (m.composition() != null) {
                composition(b, m.composition());
            }
            m.properties().forEach(p -> attributes.attribute(p).ifPresent(b::property));
            objects.add(b.build());
            spec = new Link(mapping.scope(), key + "/spec");
        }
        if (material == null) {
            material = new Link(mapping.scope(), key + "/material");
            objects.add(common(RecordObject.builder(ObjectKind.MATERIAL_RUN, name)).uid(mapping.scope(), key + "/material").build());
        }
        int last = objects.size() - 1;
        for (int i = last; i >= 0; i--) {
            RecordObject o = objects.get(i);
            if (o.type() == ObjectKind.MATERIAL_RUN && material.id().equals(o.uids().get(mapping.scope()))) {
                objects.set(i, o.toBuilder().name(name).spec(spec).build());
                break;
            }
        }
        for (MeasurementMapping x : mapping.measurements()) {
            RecordBuilder b = common(RecordObject.builder(ObjectKind.MEASUREMENT_RUN, x.name() + " of " + name))
                    .uid(mapping.scope(), key + "/" + slug(x.name())).template(x.template()).material(material)
                    .specimenForm(x.specimenForm()).instrument(x.instrument());
            x.properties().forEach(p -> attributes.attribute(p).ifPresent(b::property));
            x.conditions().forEach(c -> attributes.attribute(c).ifPresent(b::condition));
            x.parameters().forEach(p -> attributes.attribute(p).ifPresent(b::parameter));
            objects.add(b.build());
        }
    }

    private void composition(RecordBuilder b, CompositionMapping c) {
        Map<String, Double> quantities = new LinkedHashMap<>();
        double sum = 0;
        for (Map.Entry<String, String> column : c.columns().entrySet()) {
            Double value = row.number(column.getValue());
            if (value != null) {
                quantities.put(column.getKey(), value);
                sum += value;
            }
        }
        if (c.balance() != null) {
            double whole = MappedAttributes.isPercent(c.unit()) ? 100 : 1;
            quantities.put(c.balance(), Math.round((whole - sum) * 1e9) / 1e9);
        }
        b.property(org.matbank.record.Attribute.of(c.name() == null ? "composition" : c.name(), c.template(),
                new NominalComposition(quantities, c.basis() == null ? "mass" : c.basis()), org.matbank.shared.Origin.SPECIFIED));
    }

    private boolean skipped(StepMapping s) {
        if (s.skipIf() == null) {
            return false;
        }
        Double value = row.number(s.skipIf().column());
        return value == null || (s.skipIf().atMost() != null && value <= s.skipIf().atMost());
    }

    private RecordBuilder common(RecordBuilder b) {
        mapping.tags().forEach(b::tag);
        return b.author(row.fill(mapping.author())).institution(row.fill(mapping.institution()));
    }

    private static String slugOf(Link process) {
        return process.id().substring(process.id().lastIndexOf('/') + 1);
    }

    static String slug(String text) {
        return text.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    }
}
