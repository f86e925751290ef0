package org.matbank.web;

import java.util.List;
import java.util.UUID;
import org.matbank.access.Audience;
import org.matbank.record.RecordObject;
import org.matbank.record.RecordService;
import org.matbank.record.SaveResult;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.ValidationLevel;
import org.matbank.shared.Violation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks and writes an entered history exactly as {@code POST /api/records/batch} does: through
 * {@link RecordService#create} at the API's default level (fail). A check runs the very same
 * write in a transaction that is always rolled back, so every rule the API applies (templates,
 * bounds, units, references, external ids, cycles) speaks, with its own messages, and nothing
 * stays behind; the search index hears only of committed writes.
 */
@Component
class EntryCheck {

    private final RecordService records;
    private final TransactionTemplate rolledBack;

    EntryCheck(RecordService records, PlatformTransactionManager transactions) {
        this.records = records;
        this.rolledBack = new TransactionTemplate(transactions);
    }

    /**
     * The violations the API would answer for these objects in this dataset (null: none); empty
     * when it would store them. The caller's right to write into the dataset is checked before.
     */
    List<Violation> check(List<RecordObject> objects, UUID dataset, Audience writer) {
        try {
            rolledBack.executeWithoutResult(status -> {
                status.setRollbackOnly();
                records.create(objects, ValidationLevel.FAIL, dataset, writer);
            });
            return List.of();
        } catch (InvalidInputException refused) {
            return refused.violations();
        }
    }

    /** Stores the objects, all or nothing; refused as the API refuses them. */
    SaveResult create(List<RecordObject> objects, UUID dataset, Audience writer) {
        return records.create(objects, ValidationLevel.FAIL, dataset, writer);
    }
}
