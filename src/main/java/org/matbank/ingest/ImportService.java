package org.matbank.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.matbank.access.Audience;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Sha256;
import org.matbank.shared.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Import jobs: a file (CSV with a mapping, xlsx workbook, GEMD JSON) read as a stream of
 * histories and written all or nothing. Uploads run one at a time in the background; the command
 * line runs them in the foreground. Every import is recorded: who, when, the file's hash, the
 * outcome and the template versions used.
 */
@Service
public class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final ImportJobRepository jobs;
    private final ImportRunner runner;
    private final ImportSources sources;
    private final Map<UUID, ImportProgress> running = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "matbank-import");
        t.setDaemon(true);
        return t;
    });

    ImportService(ImportJobRepository jobs, ImportRunner runner, ImportSources sources) {
        this.jobs = jobs;
        this.runner = runner;
        this.sources = sources;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recoverInterrupted() {
        int interrupted = jobs.markInterrupted();
        if (interrupted > 0) {
            LOG.warn("{} import(s) were cut off by the last shutdown; none of their data was written", interrupted);
        }
    }

    /** Queues an import of a file already saved on disk; the file is deleted when the job ends. */
    public ImportJob submit(Path file, Path mapping, ImportSettings settings) {
        UUID id = record(file, settings);
        running.put(id, new ImportProgress());
        background.submit(() -> {
            try {
                execute(id, file, mapping, settings, running.get(id));
            } finally {
                running.remove(id);
                deleteQuietly(file);
                deleteQuietly(mapping);
            }
        });
        return job(id).orElseThrow();
    }

    /** Runs an import now, in this thread; {@code onStart} gets the live counters (for a progress bar). */
    public ImportJob run(Path file, Path mapping, ImportSettings settings, Consumer<ImportProgress> onStart) {
        UUID id = record(file, settings);
        ImportProgress progress = new ImportProgress();
        onStart.accept(progress);
        execute(id, file, mapping, settings, progress);
        return job(id).orElseThrow();
    }

    public Optional<ImportJob> job(UUID id) {
        Optional<ImportJob> stored = jobs.find(id);
        ImportProgress live = running.get(id);
        return live == null ? stored : stored.map(j -> j.status().equals("running") ? j.with(live) : j);
    }

    /** The latest jobs an audience may see: into no dataset or into one it sees. */
    public List<ImportJob> recent(int limit, Audience audience) {
        return jobs.recent(Math.max(1, Math.min(limit, 500)), audience.everything() ? null : audience.datasets().toArray(UUID[]::new));
    }

    /** Whether an audience may see a job (and its report): one into no dataset or into one it sees. */
    public boolean visible(UUID id, Audience audience) {
        return audience.sees(jobs.dataset(id).orElse(null));
    }

    /** The validation report (JSON) of a finished import. */
    public Optional<String> report(UUID id) {
        return jobs.report(id);
    }

    private UUID record(Path file, ImportSettings settings) {
        UUID id = UUID.randomUUID();
        jobs.insert(id, settings, sha256(file), size(file));
        return id;
    }

    private void execute(UUID id, Path file, Path mapping, ImportSettings settings, ImportProgress progress) {
        jobs.started(id);
        ImportReport report = new ImportReport();
        String status;
        String message;
        try (ImportSources.Opened opened = sources.open(file, mapping, settings)) {
            ImportSettings effective = opened.validation() == null ? settings : settings.withValidation(opened.validation());
            report = runner.run(opened.source(), effective, progress, opened.before());
            boolean rolledBack = progress.unitsFailed() > 0 && !settings.keepValid();
            status = rolledBack ? "failed" : "succeeded";
            message = rolledBack ? progress.unitsFailed() + " of " + progress.unitsRead()
                    + " units had errors, so nothing was written; see the report"
                    : progress.unitsFailed() > 0 ? progress.unitsFailed() + " invalid units were left out; see the report" : null;
            if (rolledBack) {
                progress.unitsWritten.set(0);
                progress.objectsCreated.set(0);
                progress.objectsUpdated.set(0);
            }
        } catch (InvalidInputException e) {
            report.add(settings.fileName(), e.violations());
            status = "failed";
            message = "nothing was written: " + e.getMessage();
        } catch (RuntimeException e) {
            LOG.error("import {} of {} failed", id, settings.fileName(), e);
            report.add(settings.fileName(), List.of(new Violation(settings.fileName(), "import.failed", null, String.valueOf(e.getMessage()))));
            status = "failed";
            message = "nothing was written: " + e.getMessage();
        }
        jobs.finished(id, status, progress, report, message);
    }

    static String sha256(Path file) {
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            throw new InvalidInputException(Problem.MALFORMED, new Violation(file.toString(), "file.unreadable", null, e.getMessage()));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("cannot delete {}", file, e);
        }
    }
}
