package org.matbank.ingest;

import java.util.ArrayList;
import java.util.List;
import org.matbank.record.Attribute;
import org.matbank.record.RecordObject;
import org.matbank.shared.Link;

/** The templates an object points at (its own and its attributes'), for exports that must carry them. */
final class TemplateLinks {

    /** A link to a template and the version pinned (null: the latest). */
    record Use(Link link, Integer version) {
    }

    private TemplateLinks() {
    }

    static List<Use> of(RecordObject o) {
        List<Use> uses = new ArrayList<>();
        add(uses, o.template(), o.templateVersion());
        for (List<Attribute> list : List.of(o.properties(), o.conditions(), o.parameters())) {
            for (Attribute a : list) {
                add(uses, a.template(), a.templateVersion());
                a.conditions().forEach(c -> add(uses, c.template(), c.templateVersion()));
            }
        }
        return uses;
    }

    private static void add(List<Use> uses, Link link, Integer version) {
        if (link != null) {
            uses.add(new Use(link, version));
        }
    }
}
