package org.matbank.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.matbank.shared.InvalidInputException;
import org.matbank.template.Template;
import org.matbank.template.TemplateService;
import org.springframework.stereotype.Component;

/**
 * What search needs of a template version: its name, labels and the family (template pack) it
 * belongs to. Template versions never change once written, so they are cached for good.
 */
@Component
class TemplateInfo {

    /** The external-id scope of the standard packs; the id starts with the pack name ("metal/yield-strength"). */
    private static final String STANDARD_SCOPE = "matbank-std";

    record Info(String name, String family, List<String> labels) {
    }

    private final TemplateService templates;
    private final Map<String, Info> cache = new ConcurrentHashMap<>();

    TemplateInfo(TemplateService templates) {
        this.templates = templates;
    }

    /** The template, or null when the id is null or unknown. */
    Info of(UUID id, Integer version) {
        if (id == null) {
            return null;
        }
        String key = id + ":" + version;
        Info known = cache.get(key);
        if (known != null) {
            return known;
        }
        Info info;
        try {
            info = info(version == null ? templates.get(id) : templates.get(id, version));
        } catch (InvalidInputException unknown) {
            return null;
        }
        if (info != null) {
            cache.put(key, info);
        }
        return info;
    }

    private static Info info(Template t) {
        String uid = t.uids().get(STANDARD_SCOPE);
        String family = uid != null && uid.contains("/") ? uid.substring(0, uid.indexOf('/')) : null;
        return new Info(t.name(), family, List.copyOf(t.labels().values()));
    }
}
