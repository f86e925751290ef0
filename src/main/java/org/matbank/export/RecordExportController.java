package org.matbank.export;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.matbank.access.DatasetAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The exports that do not start from a search: the whole bank as MatBank JSON, and records by id
 * as GEMD JSON. Both carry a fingerprint (field {@value ExportFingerprint#FIELD}, header
 * {@value SearchExportController#FINGERPRINT_HEADER}) and are logged with the caller.
 */
@RestController
class RecordExportController {

    private final BankExport exports;
    private final DatasetAccess access;

    RecordExportController(BankExport exports, DatasetAccess access) {
        this.exports = exports;
        this.access = access;
    }

    @Operation(summary = "Export the whole bank as MatBank JSON, streamed; import it with POST /api/imports")
    @GetMapping("/api/export/matbank-json")
    ResponseEntity<StreamingResponseBody> wholeBank(HttpServletRequest http) {
        ExportRequest request = ExportRequest.to(Recipient.of(http), ExportFormat.MATBANK_JSON, ExportQuery.none());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"matbank-" + LocalDate.now() + ".json\"")
                .header(SearchExportController.FINGERPRINT_HEADER, request.fingerprint())
                .body(out -> exports.wholeBank(request, out));
    }

    @Operation(summary = "Export records (with their upstream history unless history=false) or templates as one GEMD document")
    @GetMapping("/api/gemd/export")
    ResponseEntity<byte[]> gemd(@RequestParam(name = "id") List<UUID> ids, @RequestParam(defaultValue = "true") boolean history,
            HttpServletRequest http) {
        // what the caller may not see, or may not take out (secure zone), is answered as missing or left out
        ExportRequest request = ExportRequest.to(Recipient.of(http), ExportFormat.GEMD_JSON, ExportQuery.none())
                .seenBy(access.audience(http).forExport());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(SearchExportController.FINGERPRINT_HEADER, request.fingerprint())
                .body(exports.gemd(request, ids, history));
    }
}
