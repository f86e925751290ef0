package org.matbank.search;

import org.matbank.access.DatasetChanged;
import org.matbank.record.RecordsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a dataset opens or closes (public, withdrawn, an embargo's end), the materials that use its
 * objects are re-read: their facts take in objects of other datasets only while those are open.
 * The ids go into the outbox in the dataset's own transaction, so a crash cannot lose them.
 */
@Component
class DatasetChanges {

    private final JdbcClient jdbc;
    private final SearchIndexer indexer;

    DatasetChanges(JdbcClient jdbc, SearchIndexer indexer) {
        this.jdbc = jdbc;
        this.indexer = indexer;
    }

    @EventListener
    void changed(DatasetChanged changed) {
        jdbc.sql("insert into record_change (object_id) select id from record_object where dataset_id = ?")
                .param(changed.datasetId()).update();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void committed(DatasetChanged changed) {
        indexer.recordsCommitted(new RecordsChanged(0));
    }
}
