package org.matbank.template;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The six kinds of template; the JSON names are GEMD's type names. */
public enum TemplateKind {
    PROPERTY_TEMPLATE, CONDITION_TEMPLATE, PARAMETER_TEMPLATE,
    MATERIAL_TEMPLATE, PROCESS_TEMPLATE, MEASUREMENT_TEMPLATE;

    /** Attribute templates carry bounds; object templates list attribute templates. */
    public boolean isAttribute() {
        return this == PROPERTY_TEMPLATE || this == CONDITION_TEMPLATE || this == PARAMETER_TEMPLATE;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static TemplateKind fromJson(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
