package org.matbank.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.matbank.access.Caller;
import org.matbank.access.DatasetAccess;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.ValidationLevel;
import org.matbank.shared.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Uploads that run as background import jobs, their progress and their validation reports. */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    private final ImportService imports;
    private final Path spool;
    private final DatasetAccess access;

    ImportController(ImportService imports, DatasetAccess access, @Value("${matbank.data-dir}") String dataDir) {
        this.imports = imports;
        this.access = access;
        this.spool = Path.of(dataDir).resolve("imports");
    }

    /**
     * Starts an import; answers 202 with the job at once. {@code mode} is {@code all-or-nothing}
     * (default) or {@code keep-valid}; {@code format} defaults from the file name (.csv/.tsv/.txt, .xlsx, .json).
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJob> upload(@RequestPart("file") MultipartFile file,
            @RequestPart(name = "mapping", required = false) MultipartFile mapping,
            @RequestParam(required = false) String format, @RequestParam(required = false) String scope,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "fail") String validation,
            @RequestParam(defaultValue = "anonymous") String author,
            @RequestParam(required = false) UUID dataset, HttpServletRequest http) {
        if (dataset != null) {
            // contributors import into drafts and shared datasets; once public (or embargoed), curators
            access.requireChange(Caller.of(http).orElse(null), dataset);
        }
        if (file.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, new Violation("file", "file.empty", file.getOriginalFilename(), "the uploaded file is empty"));
        }
        String name = file.getOriginalFilename() == null ? "upload" : Path.of(file.getOriginalFilename()).getFileName().toString();
        ImportSettings settings = new ImportSettings(format == null ? ImportSettings.formatOf(name) : format, name, scope,
                ImportSettings.keepValid(mode), ValidationLevel.parse(validation), author, dataset, access.audience(http));
        Path saved = save(file);
        Path savedMapping = mapping == null ? null : save(mapping);
        return ResponseEntity.accepted().body(imports.submit(saved, savedMapping, settings));
    }

    @GetMapping
    List<ImportJob> recent(@RequestParam(defaultValue = "50") int limit, HttpServletRequest http) {
        return imports.recent(limit, access.audience(http));
    }

    @GetMapping("/{id}")
    ImportJob job(@PathVariable UUID id, HttpServletRequest http) {
        return imports.job(id).filter(j -> imports.visible(id, access.audience(http))).orElseThrow(() -> notFound(id));
    }

    /** The validation report: every violation with file, sheet, row, column, value and rule. */
    @GetMapping("/{id}/report")
    ResponseEntity<String> report(@PathVariable UUID id, HttpServletRequest http) {
        String report = imports.report(id).filter(r -> imports.visible(id, access.audience(http))).orElseThrow(() -> notFound(id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-report.json\"").body(report);
    }

    private Path save(MultipartFile part) {
        try {
            Files.createDirectories(spool);
            Path target = spool.resolve(UUID.randomUUID() + ".upload");
            part.transferTo(target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidInputException notFound(UUID id) {
        return new InvalidInputException(Problem.NOT_FOUND, new Violation("id", "import.unknown", id, "no import with this id (or it has no report yet)"));
    }
}
