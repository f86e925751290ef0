package org.matbank.ingest;

import java.util.ArrayList;
import java.util.List;
import org.matbank.record.RecordService;
import org.matbank.shared.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import in one database transaction. Units are written in batches under a savepoint;
 * when a batch fails, it is rolled back to the savepoint and its units are written one by one
 * (each under its own savepoint) so that every bad unit is found and reported, and, if the caller
 * keeps valid units, the good ones are kept. The transaction commits only if nothing failed (or
 * the caller keeps valid units). A process killed midway never commits, so the database is as it
 * was before the import started.
 */
@Component
class ImportRunner {

    /** Units per batch: large enough that round trips stop mattering, small enough to retry cheaply. */
    static final int BATCH_UNITS = 100;
    private static final int BATCH_OBJECTS = 3000;

    private final TransactionTemplate whole;
    private final TransactionTemplate savepoint;
    private final RecordService records;

    ImportRunner(PlatformTransactionManager transactions, RecordService records) {
        this.whole = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.records = records;
    }

    /** @param before work that belongs to the same transaction, done first (creating a mapping's templates) */
    ImportReport run(HistorySource source, ImportSettings settings, ImportProgress progress, Runnable before) {
        ImportReport report = new ImportReport();
        UnitWriter writer = new UnitWriter(records, settings.dataset(), settings.writer());
        progress.size.set(source.size());
        whole.executeWithoutResult(status -> {
            before.run();
            List<SourceUnit> batch = new ArrayList<>();
            int objects = 0;
            for (SourceUnit next = source.next(); next != null; next = source.next()) {
                progress.unitsRead.incrementAndGet();
                progress.position.set(source.position());
                if (!next.violations().isEmpty()) {
                    report.add(next.place(), next.violations());
                    progress.unitsFailed.incrementAndGet();
                    continue;
                }
                batch.add(next);
                objects += next.objects().size();
                if (batch.size() >= BATCH_UNITS || objects >= BATCH_OBJECTS) {
                    write(batch, writer, settings, progress, report);
                    batch.clear();
                    objects = 0;
                }
            }
            write(batch, writer, settings, progress, report);
            if (progress.unitsFailed() > 0 && !settings.keepValid()) {
                status.setRollbackOnly();
            }
        });
        return report;
    }

    private void write(List<SourceUnit> batch, UnitWriter writer, ImportSettings settings, ImportProgress progress,
            ImportReport report) {
        if (batch.isEmpty()) {
            return;
        }
        if (batch.size() > 1) {
            try {
                List<UnitWriter.Outcome> outcomes = savepoint.execute(t -> writer.write(batch, settings.validation(), report));
                outcomes.forEach(o -> count(progress, o));
                return;
            } catch (InvalidInputException e) {
                // fall through: find the bad units one by one
            }
        }
        for (SourceUnit unit : batch) {
            try {
                UnitWriter.Outcome outcome = savepoint.execute(t -> writer.write(List.of(unit), settings.validation(), report)).get(0);
                count(progress, outcome);
            } catch (InvalidInputException e) {
                report.add(unit.place(), e.violations());
                progress.unitsFailed.incrementAndGet();
            }
        }
    }

    private static void count(ImportProgress progress, UnitWriter.Outcome outcome) {
        if (outcome.unchanged()) {
            progress.unitsSkipped.incrementAndGet();
        } else {
            progress.unitsWritten.incrementAndGet();
        }
        progress.objectsCreated.addAndGet(outcome.created());
        progress.objectsUpdated.addAndGet(outcome.updated());
    }
}
