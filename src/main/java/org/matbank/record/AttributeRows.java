package org.matbank.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Flattens the attributes of objects into rows of the attribute_value table, with SI values. */
final class AttributeRows {

    private AttributeRows() {
    }

    static List<Object[]> of(List<RecordObject> objects) {
        List<Object[]> rows = new ArrayList<>();
        for (RecordObject o : objects) {
            int[] position = {0};
            o.properties().forEach(a -> {
                rows.add(row(o.id(), position[0]++, "property", a));
                a.conditions().forEach(c -> rows.add(row(o.id(), position[0]++, "condition", c)));
            });
            o.conditions().forEach(a -> rows.add(row(o.id(), position[0]++, "condition", a)));
            o.parameters().forEach(a -> rows.add(row(o.id(), position[0]++, "parameter", a)));
        }
        return rows;
    }

    private static Object[] row(UUID id, int position, String type, Attribute a) {
        SiValue si = a.si();
        UUID template = a.template() == null ? null : a.template().platformId();
        String category = a.value() instanceof NominalCategorical c ? c.category() : null;
        return new Object[] {id, position, type, a.name(), template, template == null ? null : a.templateVersion(),
            valueType(a.value()), a.origin().json(), si == null ? null : si.value(), si == null ? null : si.lower(),
            si == null ? null : si.upper(), si == null ? null : si.unit(), category};
    }

    private static String valueType(Value value) {
        return value == null ? "none"
                : value.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
