package org.matbank.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.matbank.ingest.ImportJob;
import org.matbank.ingest.ImportProgress;
import org.matbank.ingest.ImportService;
import org.matbank.ingest.ImportSettings;
import org.matbank.shared.ValidationLevel;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code matbank import FILE...}: imports files into the local MatBank with a progress bar and a summary. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import CSV (with a mapping), xlsx workbooks or GEMD JSON, all or nothing per file.")
class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
    List<Path> files;

    @Option(names = "--mapping", description = "Column mapping (JSON) for CSV files.")
    Path mapping;

    @Option(names = "--format", description = "csv, xlsx or gemd. Default: from the file name.")
    String format;

    @Option(names = "--scope", description = "External-id scope for workbook imports. Default: the file name.")
    String scope;

    @Option(names = "--keep-valid", description = "Write the valid rows and report the rest (default: all or nothing).")
    boolean keepValid;

    @Option(names = "--validation", defaultValue = "fail", description = "fail, warn or ignore template violations. Default: fail.")
    String validation;

    @Option(names = "--author", description = "Who imports. Default: the login name.")
    String author;

    @Option(names = "--report", description = "Write the validation report (JSON) to this file (one file: FILE; several: FILE.N).")
    Path report;

    @Mixin
    DataFolder folder;

    @Override
    public Integer call() throws Exception {
        int failures = 0;
        try (ConfigurableApplicationContext context = folder.openQuietly()) {
            ImportService imports = context.getBean(ImportService.class);
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                String name = file.getFileName().toString();
                ImportSettings settings = new ImportSettings(format == null ? ImportSettings.formatOf(name) : format, name,
                        scope == null ? name : scope, keepValid, ValidationLevel.parse(validation),
                        author == null ? System.getProperty("user.name", "unknown") : author);
                ImportJob job = withProgressBar(name, progress -> imports.run(file, mapping, settings, progress::set));
                System.out.println(Summary.of(job));
                if (report != null) {
                    Path target = files.size() == 1 ? report : Path.of(report + "." + (i + 1));
                    Files.writeString(target, imports.report(job.id()).orElse("{}"));
                    System.out.println("  report: " + target);
                }
                failures += job.status().equals("succeeded") ? 0 : 1;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private interface Job {
        ImportJob run(AtomicReference<ImportProgress> progress);
    }

    private static ImportJob withProgressBar(String name, Job job) {
        AtomicReference<ImportProgress> progress = new AtomicReference<>();
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName(name).setStyle(ProgressBarStyle.ASCII)
                .setUnit(" kB", 1024).setInitialMax(-1).continuousUpdate().build()) {
            Thread ticker = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    ImportProgress p = progress.get();
                    if (p != null) {
                        bar.maxHint(p.size());
                        bar.stepTo(Math.max(0, p.position()));
                        bar.setExtraMessage(p.unitsRead() + " rows, " + p.unitsFailed() + " with errors");
                    }
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "progress");
            ticker.setDaemon(true);
            ticker.start();
            try {
                ImportJob done = job.run(progress);
                bar.stepTo(Math.max(0, done.size()));
                return done;
            } finally {
                ticker.interrupt();
            }
        }
    }

}
