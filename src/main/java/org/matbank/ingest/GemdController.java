package org.matbank.ingest;

import java.util.List;
import java.util.UUID;
import org.matbank.shared.ValidationLevel;
import org.springframework.http.ResponseEntity;
import jakarta.servlet.http.HttpServletRequest;
import org.matbank.access.DatasetAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** GEMD JSON import and export over HTTP. */
@RestController
@RequestMapping("/api/gemd")
class GemdController {

    private final GemdService gemd;
    private final DatasetAccess access;

    GemdController(GemdService gemd, DatasetAccess access) {
        this.gemd = gemd;
        this.access = access;
    }

    /** Imports a GEMD document (gemd-python's {@code dumps} output, an array, or one object), all or nothing. */
    @PostMapping("/import")
    ResponseEntity<GemdImport> importDocument(@RequestBody JsonNode document,
            @RequestParam(defaultValue = "fail") String validation) {
        return ResponseEntity.status(201).body(gemd.importDocument(document, ValidationLevel.parse(validation)));
    }

    /** Exports records (with their upstream history unless {@code history=false}) or templates as one GEMD document. */
    @GetMapping("/export")
    JsonNode export(@RequestParam(name = "id") List<UUID> ids, @RequestParam(defaultValue = "true") boolean history,
            HttpServletRequest http) {
        return gemd.export(ids, history, access.audience(http).forExport());
    }
}
