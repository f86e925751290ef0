package org.matbank.template;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A template: the standard for one kind of thing. Attribute templates (property, condition,
 * parameter) carry {@link Bounds}; object templates (material, process, measurement) list the
 * attribute templates they allow in {@code properties}, {@code conditions} and {@code parameters}.
 * Every change makes a new {@code version}; old versions stay readable because records point at
 * the version they were checked against.
 *
 * @param labels display names by language tag ({@code en}, {@code ko})
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Template(
        UUID id,
        Integer version,
        TemplateKind type,
        String name,
        Map<String, String> uids,
        Map<String, String> labels,
        String description,
        List<String> tags,
        Bounds bounds,
        List<AttributeSlot> properties,
        List<AttributeSlot> conditions,
        List<AttributeSlot> parameters,
        List<String> allowedNames,
        List<String> allowedLabels,
        String author,
        Instant createdAt) {

    public Template {
        uids = uids == null ? Map.of() : Map.copyOf(uids);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        tags = tags == null ? List.of() : List.copyOf(tags);
        properties = properties == null ? List.of() : List.copyOf(properties);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        allowedNames = allowedNames == null ? List.of() : List.copyOf(allowedNames);
        allowedLabels = allowedLabels == null ? List.of() : List.copyOf(allowedLabels);
    }

    /** The same template as stored: with its id, version, slot versions and time. */
    Template stored(UUID newId, int newVersion, List<AttributeSlot> props, List<AttributeSlot> conds,
            List<AttributeSlot> params, Instant at) {
        return new Template(newId, newVersion, type, name, uids, labels, description, tags, bounds,
                props, conds, params, allowedNames, allowedLabels, author, at);
    }

    /** Every slot of an object template, whatever its attribute kind. */
    public List<AttributeSlot> slots(TemplateKind attributeKind) {
        return switch (attributeKind) {
            case PROPERTY_TEMPLATE -> properties;
            case CONDITION_TEMPLATE -> conditions;
            case PARAMETER_TEMPLATE -> parameters;
            default -> List.of();
        };
    }
}
