package org.matbank.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.matbank.access.Caller;
import org.matbank.access.DatasetAccess;
import org.matbank.access.DatasetService;
import org.matbank.access.DatasetState;
import org.matbank.access.Scope;
import org.matbank.ingest.ImportJob;
import org.matbank.ingest.ImportService;
import org.matbank.ingest.ImportSettings;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.ValidationLevel;
import org.matbank.shared.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: the recent imports the caller may see, and a form that uploads a workbook (or a
 * CSV with its mapping) and starts an import job through the same service and the same checks as
 * {@code POST /api/imports}; then the browser goes to the job's page to watch it.
 */
@Controller
class ImportsPage {

    private static final int RECENT = 50;

    private final ImportService imports;
    private final DatasetService datasets;
    private final DatasetAccess access;
    private final ImportUploads uploads;
    private final WebJson json;
    private final PageWrites writes;

    /** An import as the list shows it. */
    record JobRow(UUID id, String file, String format, String status, long read, long written, long failed, String author,
            String when) {
    }

    /** A dataset the caller may import into. */
    record Choice(UUID id, String name) {
    }

    /** What the form was sent with, to show it again beside a refusal. */
    record Form(String dataset, String validation, String mode, String scope, String shipped) {
    }

    ImportsPage(ImportService imports, DatasetService datasets, DatasetAccess access, ImportUploads uploads, WebJson json,
            PageWrites writes) {
        this.imports = imports;
        this.datasets = datasets;
        this.access = access;
        this.uploads = uploads;
        this.json = json;
        this.writes = writes;
    }

    @GetMapping("/imports")
    String list(Model model, HttpServletRequest request) {
        return page(model, request, new Form("", "fail", "all-or-nothing", "", ""));
    }

    @PostMapping("/imports")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) MultipartFile mapping,
            @RequestParam(defaultValue = "") String shipped, @RequestParam(defaultValue = "") String dataset,
            @RequestParam(defaultValue = "fail") String validation, @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "") String scope, Model model, HttpServletRequest request) {
        Form form = new Form(dataset, validation, mode, scope, shipped);
        Caller caller = Caller.of(request).orElse(null);
        try {
            requireWriter(caller);
            UUID into = dataset.isBlank() ? null : datasetId(dataset);
            if (into != null) {
                // the API's rule: contributors import into drafts and shared datasets; once public (or embargoed), curators
                access.requireChange(caller, into);
            }
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException(Problem.INVALID, new Violation("file", "file.empty",
                        file == null ? null : file.getOriginalFilename(), "the uploaded file is empty"));
            }
            String name = ImportUploads.name(file);
            ImportSettings settings = new ImportSettings(ImportSettings.formatOf(name), name, scope.isBlank() ? null : scope.strip(),
                    ImportSettings.keepValid(mode), ValidationLevel.parse(validation), caller == null ? "anonymous" : caller.owner(), into,
                    access.audience(request));
            ImportJob job = submit(file, mapping, shipped, settings);
            return "redirect:/imports/" + job.id();
        } catch (InvalidInputException refused) {
            // the page itself answers 200: it is the form shown again with what to fix (a 4xx would
            // count as a failed page load in the browser)
            model.addAttribute("problems", refused.violations());
            return page(model, request, form);
        }
    }

    /** Spools the files and starts the job; files spooled for a job that never started are deleted (the job deletes the rest). */
    private ImportJob submit(MultipartFile file, MultipartFile mapping, String shipped, ImportSettings settings) {
        Path savedMapping = null;
        Path savedFile = null;
        try {
            savedMapping = mapping != null && !mapping.isEmpty() ? uploads.save(mapping) : uploads.saveShipped(shipped).orElse(null);
            savedFile = uploads.save(file);
            return imports.submit(savedFile, savedMapping, settings);
        } catch (RuntimeException failed) {
            ImportUploads.delete(savedMapping);
            ImportUploads.delete(savedFile);
            throw failed;
        }
    }

    private String page(Model model, HttpServletRequest request, Form form) {
        Caller caller = Caller.of(request).orElse(null);
        model.addAttribute("jobs", imports.recent(RECENT, access.audience(request)).stream().map(j -> new JobRow(j.id(),
                j.fileName(), j.format(), j.status(), j.unitsRead(), j.unitsWritten(), j.unitsFailed(), j.author(),
                json.when(j.createdAt()))).toList());
        // empty, signIn or scope: the form shows for the first, the reason why not for the others
        model.addAttribute("writeRefusal", writes.refusal(caller).orElse(null));
        model.addAttribute("datasets", choices(caller));
        model.addAttribute("mappings", uploads.shippedMappings());
        model.addAttribute("form", form);
        return "imports";
    }

    /** The datasets the caller is a member of (administrators: all), except withdrawn ones; the service decides the rest. */
    private List<Choice> choices(Caller caller) {
        if (caller == null) {
            return List.of();
        }
        boolean admin = caller.has(Scope.ADMIN);
        return datasets.list(caller).stream().filter(d -> d.state() != DatasetState.WITHDRAWN)
                .filter(d -> admin || access.role(caller, d.id()).isPresent()).map(d -> new Choice(d.id(), d.name())).toList();
    }

    /** The API's rule for writes (PageWrites): without anonymous writes a caller must sign in, and have scope write. */
    private void requireWriter(Caller caller) {
        Optional<String> refusal = writes.refusal(caller);
        if (refusal.isPresent() && refusal.get().equals("signIn")) {
            throw new InvalidInputException(Problem.UNAUTHORIZED, new Violation("session", "import.sign-in", null,
                    "sign in to import: this MatBank takes writes from signed-in users only"));
        }
        if (refusal.isPresent()) {
            throw new InvalidInputException(Problem.FORBIDDEN, new Violation("session", "import.scope", null,
                    "your account may read but not write, so it cannot import"));
        }
    }

    private static UUID datasetId(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Problem.MALFORMED, new Violation("dataset", "parameter.type", text,
                    "'" + text + "' is not a valid dataset"));
        }
    }

}
