package org.matbank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
import tools.jackson.databind.json.JsonMapper;

/** Turns {@link MaterialFacts} into the Lucene document of a material, and back. */
final class MaterialDocuments {

    static final String[] FACET_DIMS = {Fields.KIND, Fields.FAMILY, Fields.TEMPLATE, Fields.INSTITUTION,
        Fields.ELEMENT, Fields.PROPERTY};
    private final FacetsConfig facets = new FacetsConfig();
    private final JsonMapper json;

    MaterialDocuments(JsonMapper json) {
        this.json = json;
        facets.setMultiValued(Fields.ELEMENT, true);
        facets.setMultiValued(Fields.PROPERTY, true);
        facets.setMultiValued(Fields.COLUMN, true);
        // The columns (about 16 values per material, asked for by exports only) in a field of their
        // own: counting the default facets of 680 k matches read about 31 values per material
        // when they shared the field with the other dimensions, 14 now.
        facets.setIndexFieldName(Fields.COLUMN, Fields.facetField(Fields.COLUMN));
        facets.setIndexFieldName(Fields.DATASET, Fields.facetField(Fields.DATASET));
    }

    FacetsConfig facetsConfig() {
        return facets;
    }

    /**
     * The document; {@code units} collects the SI unit of every numeric attribute seen, which is
     * how queries learn which units a name may be asked in.
     */
    Document document(MaterialFacts m, String visibility, Map<String, Set<String>> units) {
        Document d = new Document();
        d.add(new StringField(Fields.ID, m.id().toString(), Field.Store.NO));
        d.add(new SortedDocValuesField(Fields.ID, new BytesRef(m.id().toString())));
        d.add(new StoredField(Fields.FACTS, json.writeValueAsBytes(m)));
        d.add(new StringField(Fields.VISIBILITY, visibility, Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(Fields.DATASET, visibility));
        keyword(d, Fields.KIND, m.kind(), true);
        keyword(d, Fields.FAMILY, m.family(), true);
        keyword(d, Fields.TEMPLATE, m.template(), true);
        keyword(d, Fields.INSTITUTION, m.institution(), true);
        keyword(d, Fields.AUTHOR, m.author(), false);
        keyword(d, Fields.INTERMEDIATE, Boolean.toString(m.intermediate()), false);
        if (m.name() != null) {
            d.add(new StringField(Fields.NAME, m.name().toLowerCase(Locale.ROOT), Field.Store.NO));
            d.add(new SortedDocValuesField(Fields.NAME, new BytesRef(m.name().toLowerCase(Locale.ROOT))));
        }
        if (m.date() != null) {
            long day = m.date().toEpochDay();
            d.add(new LongPoint(Fields.DATE, day));
            d.add(new NumericDocValuesField(Fields.DATE, day));
        }
        if (m.created() != null) {
            long millis = m.created().toEpochMilli();
            d.add(new LongPoint(Fields.CREATED, millis));
            d.add(new NumericDocValuesField(Fields.CREATED, millis));
        }
        m.tags().forEach(t -> d.add(new StringField(Fields.TAG, t, Field.Store.NO)));
        m.uids().forEach((scope, uid) -> d.add(new StringField(Fields.UID, scope + ":" + uid, Field.Store.NO)));
        composition(d, m);
        Set<String> origins = new HashSet<>();
        Set<String> present = new HashSet<>();
        for (MaterialFacts.Fact f : m.facts()) {
            origins.add(f.origin());
            fact(d, f, f.name(), true, units, present);
            if (f.step() != null) {
                fact(d, f, f.step() + "/" + f.name(), false, units, present);
            }
        }
        origins.forEach(o -> d.add(new StringField(Fields.ORIGIN, o, Field.Store.NO)));
        String text = String.join("\n", m.texts());
        d.add(new TextField(TextAnalyzers.KOREAN, text, Field.Store.NO));
        d.add(new TextField(TextAnalyzers.ENGLISH, text, Field.Store.NO));
        try {
            return facets.build(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MaterialFacts facts(BytesRef stored) {
        return json.readValue(stored.bytes, stored.offset, stored.length, MaterialFacts.class);
    }

    private void composition(Document d, MaterialFacts m) {
        d.add(new IntPoint(Fields.NELEMENTS, m.composition().size()));
        d.add(new NumericDocValuesField(Fields.NELEMENTS, m.composition().size()));
        if (!m.composition().isEmpty()) {
            d.add(new StringField(Fields.HAS_COMPOSITION, "true", Field.Store.NO));
        }
        for (MaterialFacts.Component c : m.composition()) {
            d.add(new StringField(Fields.ELEMENT, c.name(), Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(Fields.ELEMENT, c.name()));
            d.add(new SortedSetDocValuesFacetField(Fields.COLUMN, "composition:" + c.name()));
            number(d, Fields.fraction("mass", c.name()), c.massFraction());
            number(d, Fields.fraction("atomic", c.name()), c.atomicFraction());
        }
    }

    /** @param plain false for the step-qualified name of a parameter ("tempering/temperature") */
    private static void fact(Document d, MaterialFacts.Fact f, String name, boolean plain,
            Map<String, Set<String>> units, Set<String> present) {
        String attribute = Fields.attribute(f.type(), name);
        if (present.add(attribute)) {
            d.add(new StringField(Fields.HAS, attribute, Field.Store.NO));
            if (plain) {
                d.add(new SortedSetDocValuesFacetField(Fields.COLUMN, f.column()));
            }
            if (plain && f.type().equals("property")) {
                d.add(new SortedSetDocValuesFacetField(Fields.PROPERTY, name));
            }
        }
        if (f.si() != null) {
            String unit = f.siUnit() == null ? "" : f.siUnit();
            units.computeIfAbsent(attribute, k -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(unit);
            number(d, Fields.number(attribute, unit), f.si());
            d.add(new DoublePoint(Fields.numberWithOrigin(attribute, unit, f.origin()), f.si()));
        } else if (f.text() != null) {
            units.computeIfAbsent(attribute, k -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(Fields.TEXT_UNIT);
            d.add(new StringField(Fields.text(attribute), f.text().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
    }

    private static void number(Document d, String field, Double value) {
        if (value != null && Double.isFinite(value)) {
            d.add(new DoublePoint(field, value));
            d.add(new SortedNumericDocValuesField(Fields.sort(field), NumericUtils.doubleToSortableLong(value)));
        }
    }

    private static void keyword(Document d, String field, String value, boolean facet) {
        if (value != null && !value.isBlank()) {
            d.add(new StringField(field, value, Field.Store.NO));
            if (facet) {
                d.add(new SortedSetDocValuesFacetField(field, value));
            }
        }
    }
}
