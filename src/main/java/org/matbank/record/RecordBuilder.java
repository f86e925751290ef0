package org.matbank.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.matbank.shared.Link;

/** Fluent construction of a {@link RecordObject}, which has too many fields for a constructor call to be read. */
public final class RecordBuilder {

    private UUID id;
    private Integer version;
    private final ObjectKind type;
    private String name;
    private final Map<String, String> uids = new LinkedHashMap<>();
    private final List<String> tags = new ArrayList<>();
    private String notes;
    private List<FileLink> fileLinks = List.of();
    private String author;
    private String institution;
    private LocalDate date;
    private Link template;
    private Integer templateVersion;
    private Link spec;
    private Link process;
    private Link material;
    private final List<Attribute> properties = new ArrayList<>();
    private final List<Attribute> conditions = new ArrayList<>();
    private final List<Attribute> parameters = new ArrayList<>();
    private Value massFraction;
    private Value volumeFraction;
    private Value numberFraction;
    private Value absoluteQuantity;
    private final List<String> labels = new ArrayList<>();
    private Integer stepOrder;
    private String equipment;
    private String specimenForm;
    private String instrument;
    private String sampleType;
    private PerformedSource source;
    private Instant createdAt;
    private Instant updatedAt;

    RecordBuilder(ObjectKind type, String name) {
        this.type = type;
        this.name = name;
    }

    static RecordBuilder from(RecordObject o) {
        RecordBuilder b = new RecordBuilder(o.type(), o.name());
        b.id = o.id();
        b.version = o.version();
        b.uids.putAll(o.uids());
        b.tags.addAll(o.tags());
        b.notes = o.notes();
        b.fileLinks = o.fileLinks();
        b.author = o.author();
        b.institution = o.institution();
        b.date = o.date();
        b.template = o.template();
        b.templateVersion = o.templateVersion();
        b.spec = o.spec();
        b.process = o.process();
        b.material = o.material();
        b.properties.addAll(o.properties());
        b.conditions.addAll(o.conditions());
        b.parameters.addAll(o.parameters());
        b.massFraction = o.massFraction();
        b.volumeFraction = o.volumeFraction();
        b.numberFraction = o.numberFraction();
        b.absoluteQuantity = o.absoluteQuantity();
        b.labels.addAll(o.labels());
        b.stepOrder = o.stepOrder();
        b.equipment = o.equipment();
        b.specimenForm = o.specimenForm();
        b.instrument = o.instrument();
        b.sampleType = o.sampleType();
        b.source = o.source();
        b.createdAt = o.createdAt();
        b.updatedAt = o.updatedAt();
        return b;
    }

    public RecordBuilder id(UUID value) { id = value; return this; }
    public RecordBuilder version(Integer value) { version = value; return this; }
    public RecordBuilder name(String value) { name = value; return this; }
    public RecordBuilder uid(String scope, String value) { uids.put(scope, value); return this; }
    public RecordBuilder tag(String value) { tags.add(value); return this; }
    public RecordBuilder notes(String value) { notes = value; return this; }
    public RecordBuilder author(String value) { author = value; return this; }
    public RecordBuilder institution(String value) { institution = value; return this; }
    public RecordBuilder date(LocalDate value) { date = value; return this; }
    public RecordBuilder template(Link value) { template = value; return this; }
    public RecordBuilder templateVersion(Integer value) { templateVersion = value; return this; }
    public RecordBuilder spec(Link value) { spec = value; return this; }
    public RecordBuilder process(Link value) { process = value; return this; }
    public RecordBuilder material(Link value) { material = value; return this; }
    public RecordBuilder property(Attribute value) { properties.add(value); return this; }
    public RecordBuilder condition(Attribute value) { conditions.add(value); return this; }
    public RecordBuilder parameter(Attribute value) { parameters.add(value); return this; }
    public RecordBuilder massFraction(Value value) { massFraction = value; return this; }
    public RecordBuilder volumeFraction(Value value) { volumeFraction = value; return this; }
    public RecordBuilder numberFraction(Value value) { numberFraction = value; return this; }
    public RecordBuilder absoluteQuantity(Value value) { absoluteQuantity = value; return this; }
    public RecordBuilder label(String value) { labels.add(value); return this; }
    public RecordBuilder stepOrder(Integer value) { stepOrder = value; return this; }
    public RecordBuilder equipment(String value) { equipment = value; return this; }
    public RecordBuilder specimenForm(String value) { specimenForm = value; return this; }
    public RecordBuilder instrument(String value) { instrument = value; return this; }
    public RecordBuilder sampleType(String value) { sampleType = value; return this; }
    public RecordBuilder source(PerformedSource value) { source = value; return this; }

    RecordBuilder properties(List<Attribute> values) { properties.clear(); properties.addAll(values); return this; }
    RecordBuilder conditions(List<Attribute> values) { conditions.clear(); conditions.addAll(values); return this; }
    RecordBuilder parameters(List<Attribute> values) { parameters.clear(); parameters.addAll(values); return this; }
    RecordBuilder times(Instant created, Instant updated) { createdAt = created; updatedAt = updated; return this; }

    public RecordObject build() {
        return new RecordObject(id, version, type, name, uids, tags, notes, fileLinks, author, institution, date,
                template, templateVersion, spec, process, material, properties, conditions, parameters,
                massFraction, volumeFraction, numberFraction, absoluteQuantity, labels, stepOrder, equipment,
                specimenForm, instrument, sampleType, source, createdAt, updatedAt);
    }
}
