package org.matbank.ingest;

import jakarta.servlet.http.HttpServletRequest;
import org.matbank.access.DatasetAccess;
import org.matbank.shared.ValidationLevel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** GEMD JSON import over HTTP (the export, GET /api/gemd/export, is marked and logged by the export package). */
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
            @RequestParam(defaultValue = "fail") String validation, HttpServletRequest http) {
        return ResponseEntity.status(201).body(gemd.importDocument(document, ValidationLevel.parse(validation),
                access.audience(http)));
    }
}
