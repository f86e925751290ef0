package org.matbank.record;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Upload and download of attachments; a file value names an upload by its SHA-256. */
@RestController
@RequestMapping("/api/files")
@Tag(name = "files", description = "Attachments such as spectra and images, stored by content hash")
class FileController {

    private final FileStore files;

    FileController(FileStore files) {
        this.files = files;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a file; the answer's sha256 is what a file value references")
    ResponseEntity<StoredFile> upload(@RequestParam("file") MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, new Violation("file", "file.empty", file.getOriginalFilename(),
                    "the uploaded file is empty"));
        }
        return ResponseEntity.status(201).body(files.store(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
    }

    @GetMapping("/{sha256}")
    @Operation(summary = "Download a file by its SHA-256")
    ResponseEntity<byte[]> download(@PathVariable String sha256) {
        StoredFile meta = files.describe(sha256).orElseThrow(() -> new InvalidInputException(Problem.NOT_FOUND,
                new Violation("sha256", "file.not-found", sha256, "no file with this hash")));
        String type = meta.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : meta.mediaType();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + safe(meta.filename()) + "\"")
                .body(files.content(sha256).orElseThrow());
    }

    private static String safe(String filename) {
        return filename == null ? "file" : filename.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
