package org.matbank.template;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST access to templates. */
@RestController
@RequestMapping("/api/templates")
@Tag(name = "templates", description = "Attribute and object templates with bounds, versioned")
class TemplateController {

    private final TemplateService templates;

    TemplateController(TemplateService templates) {
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "List the latest version of every template, optionally of one type (e.g. property_template)")
    List<Template> list(@RequestParam(required = false) String type) {
        return templates.list(type == null ? null : kind(type));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read the latest version of a template")
    Template get(@PathVariable UUID id) {
        return templates.get(id);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Read every version of a template, oldest first")
    List<Template> versions(@PathVariable UUID id) {
        return templates.versions(id);
    }

    @GetMapping("/{id}/versions/{version}")
    @Operation(summary = "Read one version of a template")
    Template version(@PathVariable UUID id, @PathVariable int version) {
        return templates.get(id, version);
    }

    @PostMapping
    @Operation(summary = "Create a template (version 1)")
    ResponseEntity<Template> create(@RequestBody Template template) {
        Template stored = templates.create(template);
        return ResponseEntity.created(URI.create("/api/templates/" + stored.id())).body(stored);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Store a new version; the body's version must be the version you changed, else 409")
    Template update(@PathVariable UUID id, @RequestBody Template template) {
        if (template.version() == null) {
            throw new InvalidInputException(Problem.INVALID, new Violation("version", "version.missing", null,
                    "give the version you changed, so that concurrent changes are not lost"));
        }
        return templates.update(id, template, template.version());
    }

    private static TemplateKind kind(String type) {
        try {
            return TemplateKind.fromJson(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Problem.MALFORMED, new Violation("type", "template.kind.unknown", type,
                    "unknown template type"));
        }
    }
}
