package org.matbank.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log keeps one unbroken chain, also when events arrive at once from many threads; the
 * database refuses to change or delete an event; and a change made behind the trigger's back (as a
 * database superuser can) is found by verify, naming the event. Tampering happens in transactions
 * that are rolled back, because the database is shared with the other tests of this server.
 */
@TestPropertySource(properties = {"server.forward-headers-strategy=native", "matbank.sign-in.attempts-per-minute=10"})
class AuditChainTest extends HttpApiTest {

    private static final AuditActor TESTER = new AuditActor("chain tester", null, "192.0.2.7");

    @Autowired
    AuditLog audit;
    @Autowired
    PlatformTransactionManager transactions;

    private String s;

    @BeforeEach
    void suffix() {
        s = unique();
    }

    private AuditEvent record(int i) {
        return audit.record(TESTER, "test.event", "thing " + s + " " + i, Map.of("n", i, "note", "päpper \"quoted\"\n"));
    }

    /** Runs {@code tamper} as the database superuser with the log's triggers off, in a transaction rolled back afterwards. */
    private void tamperedAndRolledBack(Consumer<AuditVerification> check, String... statements) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("set local session_replication_role = replica").update(); // user triggers do not fire
            for (String statement : statements) {
                jdbc.sql(statement).update();
            }
            check.accept(audit.verify());
            tx.setRollbackOnly();
        });
        assertThat(audit.verify().ok()).as("intact again after the rollback").isTrue();
    }

    @Test
    void eventsAppendedFromManyThreadsAtOnceFormOneChainWithoutGapsOrForks() throws Exception {
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            work.add(() -> {
                for (int i = 0; i < each; i++) {
                    record(thread * 1000 + i);
                }
                return null;
            });
        }
        try {
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        AuditVerification verified = audit.verify();

        assertThat(verified.ok()).as(verified.message()).isTrue();
        long count = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
        assertThat(verified.checked()).isEqualTo(count);
        assertThat(jdbc.sql("select max(seq) from audit_event").query(Long.class).single()).as("seqs 1..n, no gap").isEqualTo(count);
        assertThat(jdbc.sql("select count(distinct previous_hash) from audit_event").query(Long.class).single())
                .as("no two events follow the same one").isEqualTo(count - 1);
        assertThat(jdbc.sql("select count(*) from audit_event where target like ?").param("thing " + s + " %")
                .query(Long.class).single()).isEqualTo((long) threads * each);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEvent() {
        AuditEvent event = record(1);

        for (String statement : List.of("update audit_event set detail = '{\"n\":2}' where seq = " + event.seq(),
                "delete from audit_event where seq = " + event.seq(), "truncate audit_event")) {
            assertThatThrownBy(() -> jdbc.sql(statement).update()).as(statement).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("audit_event is append-only");
        }
        assertThat(jdbc.sql("select detail ->> 'n' from audit_event where seq = ?").param(event.seq()).query(String.class)
                .single()).isEqualTo("1");
    }

    @Test
    void aChangedEventIsFoundByVerifyNamingItsSeq() {
        record(1);
        AuditEvent changed = record(2);
        record(3);

        tamperedAndRolledBack(result -> {
            assertThat(result.ok()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(changed.seq());
            assertThat(result.fault()).isEqualTo(AuditVerification.Fault.HASH_MISMATCH);
            assertThat(result.message()).contains("event " + changed.seq() + " (test.event)").contains("hash does not match");
            assertThat(result.checked()).isEqualTo(changed.seq() - 1);
        }, "update audit_event set detail = jsonb_set(detail, '{n}', '20') where seq = " + changed.seq());
    }

    @Test
    void aChangedTimeOrActorIsFoundToo() {
        AuditEvent changed = record(1);
        record(2);

        tamperedAndRolledBack(result -> assertThat(result.firstBadSeq()).isEqualTo(changed.seq()),
                "update audit_event set at = at + interval '1 microsecond' where seq = " + changed.seq());
        tamperedAndRolledBack(result -> assertThat(result.firstBadSeq()).isEqualTo(changed.seq()),
                "update audit_event set actor = 'someone else' where seq = " + changed.seq());
    }

    @Test
    void aDeletedEventIsFoundAsAGapBeforeTheNextOne() {
        record(1);
        AuditEvent deleted = record(2);
        AuditEvent next = record(3);

        tamperedAndRolledBack(result -> {
            assertThat(result.ok()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(next.seq());
            assertThat(result.fault()).isEqualTo(AuditVerification.Fault.MISSING_EVENTS);
            assertThat(result.message()).contains("seq " + deleted.seq() + " is gone");
        }, "delete from audit_event where seq = " + deleted.seq());
    }

    @Test
    void anEventRewrittenWithAFreshHashBreaksTheLinkOfTheNextOne() {
        AuditEvent rewritten = record(1);
        AuditEvent next = record(2);
        String forged = AuditHash.of(rewritten.seq(), rewritten.at(), "someone else", null, rewritten.address(),
                rewritten.action(), rewritten.target(), "{}", rewritten.previousHash());

        tamperedAndRolledBack(result -> {
            assertThat(result.firstBadSeq()).as(result.message()).isEqualTo(next.seq());
            assertThat(result.fault()).isEqualTo(AuditVerification.Fault.BROKEN_LINK);
            assertThat(result.message()).contains("previous_hash does not match");
        }, "update audit_event set actor = 'someone else', detail = '{}', hash = '" + forged + "' where seq = " + rewritten.seq());
    }
}
