package org.matbank.template;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST access to the standard template packs shipped with MatBank. */
@RestController
@RequestMapping("/api/template-packs")
@Tag(name = "template packs", description = "Standard template packs (Korean and English labels), loadable by name")
class TemplatePackController {

    private static final MediaType JSON_UTF8 = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);

    private final TemplatePacks packs;

    TemplatePackController(TemplatePacks packs) {
        this.packs = packs;
    }

    @GetMapping
    @Operation(summary = "List the shipped template packs: name, version, labels, template count")
    List<TemplatePacks.PackInfo> list() {
        return packs.list();
    }

    @GetMapping("/{name}")
    @Operation(summary = "Read a pack's JSON as shipped")
    ResponseEntity<String> get(@PathVariable String name) {
        return ResponseEntity.ok().contentType(JSON_UTF8).body(packs.json(name));
    }

    @PostMapping("/{name}/load")
    @Operation(summary = "Load a pack and the packs it requires, in one transaction; "
            + "unchanged templates are skipped, changed ones get a new version")
    TemplatePacks.LoadSummary load(@PathVariable String name) {
        return packs.load(name);
    }
}
