package org.matbank.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.matbank.template.TemplateKind;

/** The eight kinds of object in a material history: spec and run of each family. */
public enum ObjectKind {
    MATERIAL_SPEC, MATERIAL_RUN, PROCESS_SPEC, PROCESS_RUN,
    INGREDIENT_SPEC, INGREDIENT_RUN, MEASUREMENT_SPEC, MEASUREMENT_RUN;

    /** The family: material, process, ingredient or measurement. */
    public String family() {
        return name().substring(0, name().indexOf('_')).toLowerCase(Locale.ROOT);
    }

    public boolean isSpec() {
        return name().endsWith("_SPEC");
    }

    /** The same family's spec or run kind. */
    public ObjectKind counterpart() {
        return valueOf(family().toUpperCase(Locale.ROOT) + (isSpec() ? "_RUN" : "_SPEC"));
    }

    /** The same stage (spec or run) of another family. */
    public ObjectKind sameStage(String otherFamily) {
        return valueOf(otherFamily.toUpperCase(Locale.ROOT) + (isSpec() ? "_SPEC" : "_RUN"));
    }

    /** The kind of object template this kind is checked against, or null (ingredients have none). */
    public TemplateKind templateKind() {
        return switch (family()) {
            case "material" -> TemplateKind.MATERIAL_TEMPLATE;
            case "process" -> TemplateKind.PROCESS_TEMPLATE;
            case "measurement" -> TemplateKind.MEASUREMENT_TEMPLATE;
            default -> null;
        };
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ObjectKind fromJson(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
