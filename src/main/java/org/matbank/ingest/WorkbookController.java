package org.matbank.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Downloads the data-entry workbook for a set of templates. */
@RestController
@RequestMapping("/api/workbooks")
class WorkbookController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Workbooks workbooks;

    WorkbookController(Workbooks workbooks) {
        this.workbooks = workbooks;
    }

    /** {@code GET /api/workbooks?template=<id>&template=<id>}: the .xlsx for these object templates. */
    @GetMapping
    ResponseEntity<byte[]> download(@RequestParam(name = "template") List<UUID> templates) {
        byte[] body = workbooks.generate(templates);
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(workbooks.fileName(templates), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(body);
    }
}
