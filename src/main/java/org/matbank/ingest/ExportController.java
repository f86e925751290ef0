package org.matbank.ingest;

import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Whole-bank export as MatBank JSON, streamed (no size limit); import it with POST /api/imports. */
@RestController
@RequestMapping("/api/export")
class ExportController {

    private final MatBankJson matbankJson;

    ExportController(MatBankJson matbankJson) {
        this.matbankJson = matbankJson;
    }

    @GetMapping("/matbank-json")
    ResponseEntity<StreamingResponseBody> matbankJson() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"matbank-" + LocalDate.now() + ".json\"")
                .body(matbankJson::export);
    }
}
