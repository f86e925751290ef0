package org.matbank.template;

import java.util.List;
import java.util.Map;

/**
 * One shipped template pack as read from {@code templates/packs/<name>.json}: templates in
 * creation order (attribute templates before the object templates that list them), every one
 * named by an external id in scope {@value TemplatePacks#SCOPE}.
 *
 * @param requires packs whose templates this pack's object templates may list; loaded first
 * @param processChain for a material made by a chain of steps: its process templates in order
 */
record TemplatePack(String name, int version, Map<String, String> labels, String description, List<String> requires,
        List<String> processChain, List<Template> templates) {

    TemplatePack {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        requires = requires == null ? List.of() : List.copyOf(requires);
        processChain = processChain == null ? List.of() : List.copyOf(processChain);
        templates = templates == null ? List.of() : List.copyOf(templates);
    }
}
