package org.matbank.web;

import java.util.Locale;
import org.matbank.template.Template;
import org.springframework.context.i18n.LocaleContextHolder;

/** How a template is named in the page language: its label there if it has one, else its name. */
final class TemplateText {

    private TemplateText() {
    }

    /** The page language, {@code ko} or {@code en}, as the frame decides it (PageAdvice). */
    static String language() {
        return Locale.KOREAN.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage()) ? "ko" : "en";
    }

    static String label(Template template) {
        String label = template.labels().get(language());
        if (label == null) {
            label = template.labels().get("en");
        }
        return label == null || label.isBlank() ? template.name() : label;
    }

    /** The external ids as {@code scope:id}, for a researcher who knows a template by its standard name. */
    static String uids(Template template) {
        return String.join(", ", template.uids().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).sorted().toList());
    }
}
