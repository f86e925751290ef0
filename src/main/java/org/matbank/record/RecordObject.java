package org.matbank.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.matbank.shared.Link;

/**
 * One object of a material history: a material, process, ingredient or measurement, as spec or
 * run ({@link ObjectKind}). The fields are GEMD's, in GEMD's JSON names, plus MatBank's own:
 * platform {@code id} and {@code version}, author, institution, date, the template version it was
 * checked against, the order of a process step, equipment, specimen form and instrument.
 * Which fields a kind may use is checked by {@link RecordShape}.
 *
 * @param uids external ids, scope to id (a legacy institute id survives migration)
 * @param spec for a run: the spec it realises
 * @param process for a material: the process that produced it; for an ingredient: the process that consumes it
 * @param material for an ingredient: the material used; for a measurement run: the material tested
 * @param stepOrder for a process: its position in a continuous process (1, 2, 3...)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RecordObject(
        UUID id,
        Integer version,
        ObjectKind type,
        String name,
        Map<String, String> uids,
        List<String> tags,
        String notes,
        List<FileLink> fileLinks,
        String author,
        String institution,
        LocalDate date,
        Link template,
        Integer templateVersion,
        Link spec,
        Link process,
        Link material,
        List<Attribute> properties,
        List<Attribute> conditions,
        List<Attribute> parameters,
        Value massFraction,
        Value volumeFraction,
        Value numberFraction,
        Value absoluteQuantity,
        List<String> labels,
        Integer stepOrder,
        String equipment,
        String specimenForm,
        String instrument,
        String sampleType,
        PerformedSource source,
        Instant createdAt,
        Instant updatedAt) {

    public RecordObject {
        uids = uids == null ? Map.of() : Map.copyOf(uids);
        tags = tags == null ? List.of() : List.copyOf(tags);
        fileLinks = fileLinks == null ? List.of() : List.copyOf(fileLinks);
        properties = properties == null ? List.of() : List.copyOf(properties);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    /** A builder for code that makes records (demo data, importers, tests). */
    public static RecordBuilder builder(ObjectKind type, String name) {
        return new RecordBuilder(type, name);
    }

    /** A builder that starts from this object, to change a few fields. */
    public RecordBuilder toBuilder() {
        return RecordBuilder.from(this);
    }

    /** The link that names this object by its platform id. */
    public Link link() {
        return Link.platform(id);
    }
}
