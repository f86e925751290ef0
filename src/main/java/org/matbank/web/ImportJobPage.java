package org.matbank.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import org.matbank.access.DatasetAccess;
import org.matbank.ingest.ImportJob;
import org.matbank.ingest.ImportService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One import job: its file and options, its progress while it runs (htmx asks for the status part
 * every second until the job has ended), then its validation report as a table in the page. A job
 * the caller may not see answers 404, as the API does (htmx's status request: 286, so that polling stops).
 */
@Controller
class ImportJobPage {

    /** htmx stops polling on this status (and still swaps the answer in). */
    static final int STOP_POLLING = 286;

    private final ImportService imports;
    private final DatasetAccess access;
    private final WebJson web;
    private final JsonMapper json;

    /** The progress bar: bytes (or rows) read of the file's size, when both are known. */
    record Progress(long value, long max, int percent) {
    }

    /** What happened, in the page's words: a message key and its two numbers. */
    record Outcome(String key, long first, long second) {
    }

    ImportJobPage(ImportService imports, DatasetAccess access, WebJson web, JsonMapper json) {
        this.imports = imports;
        this.access = access;
        this.web = web;
        this.json = json;
    }

    @GetMapping("/imports/{id}")
    String job(@PathVariable String id, Model model, HttpServletRequest request, HttpServletResponse response) {
        return fill(id, model, request, response) ? "import-job" : "import-missing";
    }

    /**
     * The status part alone, for htmx's polling; a plain request gets the whole page. A job that
     * is gone or no longer visible (signed out in another tab) answers 286, htmx's "stop polling",
     * with a final part: a 404 would not be swapped, so htmx would poll it every second forever.
     */
    @GetMapping("/imports/{id}/status")
    String status(@PathVariable String id, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (fill(id, model, request, response)) {
            return "import-job :: status";
        }
        if (request.getHeader("HX-Request") != null) {
            response.setStatus(STOP_POLLING);
            return "import-missing :: gone";
        }
        return "import-missing";
    }

    private boolean fill(String id, Model model, HttpServletRequest request, HttpServletResponse response) {
        Optional<ImportJob> found = parse(id).flatMap(imports::job).filter(j -> imports.visible(j.id(), access.audience(request)));
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("missingId", id);
            return false;
        }
        ImportJob job = found.get();
        boolean ended = !job.status().equals("queued") && !job.status().equals("running");
        model.addAttribute("job", job);
        model.addAttribute("ended", ended);
        model.addAttribute("created", web.when(job.createdAt()));
        model.addAttribute("finished", web.when(job.finishedAt()));
        model.addAttribute("progress", progress(job));
        model.addAttribute("outcome", outcome(job));
        if (ended) {
            imports.report(job.id()).ifPresent(r -> model.addAttribute("report", ReportTable.read(json, r, job.fileName())));
        }
        return true;
    }

    /** The sentence for a job's state: an all-or-nothing import with a bad unit wrote nothing at all. */
    static Outcome outcome(ImportJob job) {
        switch (job.status()) {
            case "succeeded":
                return job.unitsFailed() > 0 ? new Outcome("import.outcome.partial", job.unitsFailed(), job.unitsWritten())
                        : new Outcome("import.outcome.succeeded", job.unitsWritten(), job.unitsSkipped());
            case "failed":
                return job.unitsFailed() > 0 ? new Outcome("import.outcome.rolledBack", job.unitsFailed(), job.unitsRead())
                        : new Outcome("import.outcome.failed", 0, 0);
            case "interrupted":
                return new Outcome("import.outcome.interrupted", 0, 0);
            case "running":
                return new Outcome("import.outcome.running", job.unitsRead(), job.unitsFailed());
            default:
                return new Outcome("import.outcome.queued", 0, 0);
        }
    }

    private static Progress progress(ImportJob job) {
        if (job.position() < 0 || job.size() <= 0 || job.position() > job.size()) {
            return null;
        }
        return new Progress(job.position(), job.size(), (int) (100 * job.position() / job.size()));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
