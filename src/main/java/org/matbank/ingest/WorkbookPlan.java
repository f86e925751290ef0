package org.matbank.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.matbank.template.AttributeSlot;
import org.matbank.template.Bounds;
import org.matbank.template.CategoricalBounds;
import org.matbank.template.CompositionBounds;
import org.matbank.template.IntegerBounds;
import org.matbank.template.MolecularStructureBounds;
import org.matbank.template.RealBounds;
import org.matbank.template.Template;
import org.matbank.template.TemplateKind;

/**
 * What a workbook for a set of object templates contains: the templates by the names shown in
 * the drop-downs, and one column per attribute template on the sheet of its stage (process
 * parameters and conditions on "Process", measurement properties, conditions and parameters on
 * "Properties"). Two templates that share an attribute template share its column, so a researcher
 * enters temperature once whichever step it belongs to.
 */
record WorkbookPlan(Map<String, Template> templatesByName, List<WorkbookColumn> columns) {

    static WorkbookPlan of(List<Template> objectTemplates, Function<AttributeSlot, Template> attributes) {
        Map<String, Template> byName = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Template t : objectTemplates) {
            // two templates of one name would be one drop-down entry: the id tells them apart
            String shown = taken.add(t.name()) ? t.name() : t.name() + " #" + t.id().toString().substring(0, 8);
            byName.put(shown, t);
        }
        List<WorkbookColumn> columns = new ArrayList<>();
        columns.addAll(sheetColumns(WorkbookLayout.PROCESS, objectTemplates, TemplateKind.PROCESS_TEMPLATE, attributes));
        columns.addAll(sheetColumns(WorkbookLayout.PROPERTIES, objectTemplates, TemplateKind.MEASUREMENT_TEMPLATE, attributes));
        return new WorkbookPlan(byName, columns);
    }

    /** The templates of one kind, by shown name, in the order they were chosen. */
    Map<String, Template> templates(TemplateKind kind) {
        Map<String, Template> chosen = new LinkedHashMap<>();
        templatesByName.forEach((name, t) -> {
            if (t.type() == kind) {
                chosen.put(name, t);
            }
        });
        return chosen;
    }

    List<WorkbookColumn> columns(String sheet) {
        return columns.stream().filter(c -> c.sheet().equals(sheet)).toList();
    }

    /** The shown header of an attribute: English name, then the Korean label when there is one. */
    static String header(Template attribute) {
        String english = attribute.labels().getOrDefault("en", attribute.name());
        String korean = attribute.labels().get("ko");
        return korean == null || korean.isBlank() || korean.equals(english) ? english : english + " / " + korean;
    }

    private static List<WorkbookColumn> sheetColumns(String sheet, List<Template> objectTemplates, TemplateKind kind,
            Function<AttributeSlot, Template> attributes) {
        Map<String, WorkbookColumn> byKey = new LinkedHashMap<>();
        Map<String, List<String>> requiredBy = new HashMap<>();
        int next = WorkbookLayout.fixedColumns(sheet).size();
        for (Template objectTemplate : objectTemplates) {
            if (objectTemplate.type() != kind) {
                continue;
            }
            // what a researcher looks for first: the settings of a step, the results of a test
            List<TemplateKind> fields = kind == TemplateKind.PROCESS_TEMPLATE
                    ? List.of(TemplateKind.PARAMETER_TEMPLATE, TemplateKind.CONDITION_TEMPLATE)
                    : List.of(TemplateKind.PROPERTY_TEMPLATE, TemplateKind.CONDITION_TEMPLATE, TemplateKind.PARAMETER_TEMPLATE);
            for (TemplateKind field : fields) {
                for (AttributeSlot slot : objectTemplate.slots(field)) {
                    Template attribute = attributes.apply(slot);
                    String key = field.json() + ":" + attribute.id();
                    if (slot.required()) {
                        requiredBy.computeIfAbsent(key, k -> new ArrayList<>()).add(objectTemplate.id().toString());
                    }
                    if (!byKey.containsKey(key)) {
                        WorkbookColumn column = column(sheet, next, field, attribute);
                        byKey.put(key, column);
                        next += column.unitIndex() < 0 ? 1 : 2;
                    }
                }
            }
        }
        List<WorkbookColumn> columns = new ArrayList<>();
        byKey.forEach((key, c) -> columns.add(new WorkbookColumn(c.sheet(), c.index(), c.field(), c.template(),
                c.version(), c.name(), c.header(), c.valueType(), c.unit(), c.unitIndex(), c.categories(),
                requiredBy.get(key), c.bounds())));
        return columns;
    }

    private static WorkbookColumn column(String sheet, int index, TemplateKind field, Template attribute) {
        String fieldName = field.json().replace("_template", "");
        Bounds bounds = attribute.bounds();
        UUID id = attribute.id();
        String header = header(attribute);
        if (bounds instanceof RealBounds real) {
            return new WorkbookColumn(sheet, index, fieldName, id, attribute.version(), attribute.name(), header,
                    "real", real.defaultUnits(), index + 1, null, null, bounds);
        }
        String type = bounds instanceof IntegerBounds ? "integer" : bounds instanceof CategoricalBounds ? "categorical"
                : bounds instanceof CompositionBounds ? "composition" : bounds instanceof MolecularStructureBounds ? "molecule" : "text";
        List<String> categories = bounds instanceof CategoricalBounds c ? c.categories() : null;
        return new WorkbookColumn(sheet, index, fieldName, id, attribute.version(), attribute.name(), header,
                type, null, -1, categories, null, bounds);
    }

    /** The header of the unit column of a real attribute. */
    static String unitHeader(WorkbookColumn column) {
        return column.header() + " unit / 단위";
    }
}
