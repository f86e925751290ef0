package org.matbank.ingest;

import org.matbank.record.RecordService;
import org.matbank.shared.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import in one database transaction, each unit under a savepoint. A bad unit rolls back
 * to its savepoint and is reported; at the end the transaction commits only if nothing failed
 * (or the caller asked to keep the valid units). A process killed midway never commits, so the
 * database is as it was before the import started.
 */
@Component
class ImportRunner {

    private final TransactionTemplate whole;
    private final TransactionTemplate unit;
    private final RecordService records;

    ImportRunner(PlatformTransactionManager transactions, RecordService records) {
        this.whole = new TransactionTemplate(transactions);
        this.unit = new TransactionTemplate(transactions);
        this.unit.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.records = records;
    }

    /** @param before work that belongs to the same transaction, done first (creating a mapping's templates) */
    ImportReport run(HistorySource source, ImportSettings settings, ImportProgress progress, Runnable before) {
        ImportReport report = new ImportReport();
        UnitWriter writer = new UnitWriter(records);
        progress.size.set(source.size());
        whole.executeWithoutResult(status -> {
            before.run();
            for (SourceUnit next = source.next(); next != null; next = source.next()) {
                progress.unitsRead.incrementAndGet();
                progress.position.set(source.position());
                if (!next.violations().isEmpty()) {
                    report.add(next.place(), next.violations());
                    progress.unitsFailed.incrementAndGet();
                    continue;
                }
                try {
                    SourceUnit current = next;
                    UnitWriter.Outcome outcome = unit.execute(t -> writer.write(current, settings.validation(), report));
                    count(progress, outcome);
                } catch (InvalidInputException e) {
                    report.add(next.place(), e.violations());
                    progress.unitsFailed.incrementAndGet();
                }
            }
            if (progress.unitsFailed() > 0 && !settings.keepValid()) {
                status.setRollbackOnly();
            }
        });
        return report;
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
