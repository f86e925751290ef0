package org.matbank.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.matbank.record.ObjectKind;
import org.matbank.record.RecordObject;
import org.matbank.record.RecordService;
import org.matbank.shared.ValidationLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The index never misses a write, whatever order transactions commit in, and forgets what it made durable. */
class IndexConsistencyApiTest extends SearchFixture {

    @Autowired
    RecordService records;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aSlowTransactionThatCommitsAfterALaterOneIsStillIndexed() throws Exception {
        String tag = "slow-" + unique();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(tx -> {
            records.create(List.of(RecordObject.builder(ObjectKind.MATERIAL_RUN, "slow one").tag(tag).build()), ValidationLevel.FAIL);
            written.countDown();
            await(release);
        }));
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
        // a later transaction takes a higher change number and commits first
        assertThat(post("/api/records", """
                {"type":"material_run","name":"quick one","tags":["%s"]}""".formatted(tag)).status()).isEqualTo(201);
        assertThat(names(tag, "")).containsExactly("quick one");

        release.countDown();
        slow.get(30, TimeUnit.SECONDS);

        assertThat(names(tag, "")).containsExactlyInAnyOrder("quick one", "slow one");
    }

    @Test
    void changesAreForgottenOnceTheIndexMadeThemDurable() throws Exception {
        String tag = "durable-" + unique();
        create(tag, steel("D1", "\"Fe\":99,\"C\":1", 550, "900 MPa"));
        long waiting = Long.MAX_VALUE;
        for (int i = 0; i < 100 && waiting > 0; i++) {
            Thread.sleep(100);
            waiting = jdbc.sql("select count(*) from record_change").query(Long.class).single();
        }
        assertThat(waiting).as("record_change rows left after the periodic index commit").isZero();
        assertThat(names(tag, "")).containsExactly("D1");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
