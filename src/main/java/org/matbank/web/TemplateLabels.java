package org.matbank.web;

import java.util.Optional;
import org.matbank.record.Attribute;
import org.matbank.shared.Link;
import org.matbank.template.Template;
import org.matbank.template.TemplateService;

/**
 * Names in the page language: a template may carry a label per language (피로강도 beside fatigue
 * strength), which reads better than the name a record was written with; without one, the name.
 */
final class TemplateLabels {

    private final TemplateService templates;
    private final String language;

    TemplateLabels(TemplateService templates, String language) {
        this.templates = templates;
        this.language = language;
    }

    /** The template version a record names, if it still resolves. */
    Optional<Template> template(Link link, Integer version) {
        return link == null ? Optional.empty() : templates.resolve(link, version);
    }

    String of(Template template) {
        return template.labels().getOrDefault(language, template.name());
    }

    /** The attribute's template label in the page language, else the name it was recorded with. */
    String of(Attribute attribute) {
        return template(attribute.template(), attribute.templateVersion()).map(t -> t.labels().get(language))
                .filter(label -> !label.isBlank()).orElse(attribute.name());
    }
}
