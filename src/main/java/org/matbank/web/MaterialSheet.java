package org.matbank.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.matbank.record.History;
import org.matbank.record.RecordObject;
import org.matbank.template.Template;

/**
 * What the material page shows of one object, built from its history as the reader may see it:
 * identity and the fields of its kind, external ids, provenance, composition, the value tables
 * (its own values, its spec's, and those of the measurements made of it), curves, attachments and
 * the history graph. Everything is text or numbers ready for the template; labels come from the bundles.
 */
final class MaterialSheet {

    /** A field of the object whose name the bundles give ({@code material.field.<key>}). */
    record Field(String key, String value) {
    }

    /** The template a record was checked against, in the page language, and whether it is the spec's. */
    record TemplateRef(UUID id, String name, Integer version, boolean fromSpec) {
    }

    /** One version of the object, linked to its JSON in the API. */
    record Version(int version, String when, String href, boolean current) {
    }

    final RecordObject object;
    final RecordObject spec;
    final List<Field> fields = new ArrayList<>();
    final List<ValueRows.Row> properties = new ArrayList<>();
    final List<ValueRows.Row> settings = new ArrayList<>();
    final Map<String, Integer> origins = new LinkedHashMap<>();
    final ValueRows values;
    final HistoryGraph graph;
    final Optional<CompositionRows.Composition> composition;
    final TemplateRef template;

    /**
     * @param spec the spec a run realises, if the reader may see it (null otherwise)
     * @param units recorded attribute name -> the unit the reader chose
     */
    MaterialSheet(History history, RecordObject spec, Map<String, String> units, TemplateLabels labels) {
        this.object = history.nodes().stream().filter(o -> o.id().equals(history.root())).findFirst().orElseThrow();
        this.spec = spec;
        this.values = new ValueRows(units, labels);
        this.graph = HistoryGraph.of(history, labels);
        List<RecordObject> described = new ArrayList<>();
        described.add(object);
        if (spec != null) {
            described.add(spec);
        }
        this.composition = CompositionRows.of(described, labels);
        boolean measurement = "measurement".equals(object.type().family());
        properties.addAll(values.rows(object, object.properties(), measurement ? object.conditions() : List.of()));
        if (spec != null) {
            properties.addAll(values.rows(spec, spec.properties(), List.of()));
            values.links(spec);
        }
        values.links(object);
        for (RecordObject m : measurementsOf(history)) {
            properties.addAll(values.rows(m, m.properties(), m.conditions()));
            values.links(m);
        }
        settings.addAll(values.rows(object, object.parameters(), List.of()));
        if (!measurement) {
            settings.addAll(values.rows(object, object.conditions(), List.of()));
        }
        properties.forEach(r -> origins.merge(r.origin(), 1, Integer::sum));
        settings.forEach(r -> origins.merge(r.origin(), 1, Integer::sum));
        this.template = template(labels);
        fields();
    }

    /** The measurements made of this very object (not of the materials it was made from). */
    private List<RecordObject> measurementsOf(History history) {
        List<UUID> ids = history.edges().stream().filter(e -> "measures".equals(e.relation()) && e.upstream().equals(object.id()))
                .map(e -> e.downstream()).toList();
        return history.nodes().stream().filter(o -> ids.contains(o.id())).toList();
    }

    private TemplateRef template(TemplateLabels labels) {
        Optional<Template> own = labels.template(object.template(), object.templateVersion());
        if (own.isPresent()) {
            return new TemplateRef(own.get().id(), labels.of(own.get()), object.templateVersion(), false);
        }
        if (spec != null) {
            Optional<Template> inherited = labels.template(spec.template(), spec.templateVersion());
            if (inherited.isPresent()) {
                return new TemplateRef(inherited.get().id(), labels.of(inherited.get()), spec.templateVersion(), true);
            }
        }
        return null;
    }

    private void fields() {
        field("sample-type", object.sampleType());
        field("step", object.stepOrder() == null ? null : object.stepOrder().toString());
        field("equipment", object.equipment());
        field("instrument", object.instrument());
        field("specimen-form", object.specimenForm());
        field("mass-fraction", object.massFraction() == null ? null : ValueTexts.entered(object.massFraction()));
        field("volume-fraction", object.volumeFraction() == null ? null : ValueTexts.entered(object.volumeFraction()));
        field("number-fraction", object.numberFraction() == null ? null : ValueTexts.entered(object.numberFraction()));
        field("absolute-quantity", object.absoluteQuantity() == null ? null : ValueTexts.entered(object.absoluteQuantity()));
        field("labels", object.labels().isEmpty() ? null : String.join(", ", object.labels()));
        if (object.source() != null) {
            field("performed-by", object.source().performedBy());
            field("performed-on", object.source().performedDate());
        }
    }

    private void field(String key, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(key, value));
        }
    }
}
