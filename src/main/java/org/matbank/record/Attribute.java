package org.matbank.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.matbank.shared.Link;
import org.matbank.shared.Origin;

/**
 * A property, condition or parameter of an object: a named value checked against an attribute
 * template. {@code conditions} are used only by the properties of a material spec (GEMD's
 * property_and_conditions). {@code si} is computed on write; what a client sends there is ignored.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Attribute(
        String name,
        Link template,
        Integer templateVersion,
        Value value,
        Origin origin,
        String notes,
        List<FileLink> fileLinks,
        List<Attribute> conditions,
        SiValue si) {

    public Attribute {
        origin = origin == null ? Origin.UNKNOWN : origin;
        fileLinks = fileLinks == null ? List.of() : List.copyOf(fileLinks);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    /** A measured attribute with no template, notes or files. */
    public static Attribute of(String name, Link template, Value value, Origin origin) {
        return new Attribute(name, template, null, value, origin, null, null, null, null);
    }

    Attribute resolved(Link resolvedTemplate, Integer version, List<Attribute> resolvedConditions, SiValue siValue) {
        return new Attribute(name, resolvedTemplate, version, value, origin, notes, fileLinks, resolvedConditions, siValue);
    }
}
