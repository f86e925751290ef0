package org.matbank.search;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.matbank.record.RecordsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the database: after every commit that wrote records it takes in the
 * objects listed in record_change (the materials they affect, re-read whole), commits the index,
 * then deletes those rows. All index writing happens on one thread, in order; the committing
 * thread waits for it, so what a client wrote is searchable when its request returns.
 */
@Component
class SearchIndexer implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int CHANGES_PER_ROUND = 20_000;
    private static final int MATERIALS_PER_BATCH = 1_000;
    /** Threads that read, flatten and index pages of a rebuild side by side: one per core, at least two. */
    private static final int REBUILD_WORKERS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final JdbcClient jdbc;
    private static final long COMMIT_EVERY_SECONDS = 2;
    private static final long COMMIT_AFTER_CHANGES = 200_000;

    private final FactsLoader loader;
    private final SearchIndex index;

    private final ScheduledExecutorService writerThread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "search-indexer");
        t.setDaemon(true);
        return t;
    });
    /** Changes taken into the index since its last commit; touched on the writer thread only. */
    private long uncommitted;
    /** The drain the next commit can share, and whether it has begun (then it may not see that commit). */
    private Future<?> queued;
    private boolean queuedBegun;
    /** The rebuild queued or running, shared by every caller that asks for one meanwhile; guarded by this. */
    private Future<Long> rebuild;
    /** Who wants to hear how far the running rebuild is. */
    private final List<LongConsumer> watchers = new CopyOnWriteArrayList<>();
    private volatile boolean rebuilding;
    private volatile long rebuilt;

    SearchIndexer(JdbcClient jdbc, FactsLoader loader, SearchIndex index) {
        this.jdbc = jdbc;
        this.loader = loader;
        this.index = index;
        writerThread.scheduleWithFixedDelay(this::commitSafely, COMMIT_EVERY_SECONDS, COMMIT_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void recordsCommitted(RecordsChanged changed) {
        try {
            await(nextDrain());
        } catch (RuntimeException e) {
            // The records are committed; their ids stay in record_change and are taken in on the next change or start.
            LOG.error("Search index update failed; it will be retried", e);
        }
    }

    /**
     * A drain that has not started yet, shared by every commit that arrives before it starts (it
     * will see all of them), or a new one.
     */
    private synchronized Future<?> nextDrain() {
        if (queued == null || queued.isDone() || queuedBegun) {
            queuedBegun = false;
            queued = writerThread.submit(() -> {
                synchronized (this) {
                    queuedBegun = true;
                }
                drain();
            });
        }
        return queued;
    }

    /**
     * On start: a new index, or one built from another database, is rebuilt; then pending changes
     * are taken in. Both run on the writer thread, so the server answers meanwhile (searches see
     * the old or a partial index until it is done; GET /api/search/status says how far it is).
     */
    @EventListener(ApplicationReadyEvent.class)
    void started() {
        writerThread.submit(() -> {
            try {
                // taken but never committed to the index before the last stop: take them again
                jdbc.sql("update record_change set taken = false where taken").update();
                String bank = bank();
                if (!bank.equals(index.bank()) || !index.hasCurrentLayout()) {
                    LOG.info("Search index is new, belongs to another database or has an older layout: rebuilding it");
                    // queued behind this task: a `matbank reindex` or POST /api/search/rebuild that comes
                    // meanwhile joins this rebuild instead of running a second one after it
                    queueRebuild();
                    nextDrain();
                    return;
                }
                drain();
            } catch (RuntimeException e) {
                LOG.error("Search index could not be brought up to date on start", e);
            }
        });
    }

    /** Whether a rebuild is running, and how many materials it has indexed so far. */
    record Status(boolean rebuilding, long rebuilt) {
    }

    Status status() {
        return new Status(rebuilding, rebuilt);
    }

    /** Waits until what was queued for the index (a start-up rebuild, pending changes) is done. */
    void awaitIdle() {
        await(writerThread.submit(() -> { }));
    }

    /**
     * Rebuilds the whole index from the database; returns the number of materials indexed. A
     * rebuild that is already queued or running (the one a start makes for a new index) is joined,
     * not repeated: it reads the whole database, and what is written meanwhile reaches the index
     * from record_change right after it, as it would after a second rebuild. (`matbank reindex`
     * on a folder without an index used to rebuild it twice: once on start, once as asked.)
     */
    long rebuild(LongConsumer progress) {
        watchers.add(progress);
        try {
            return await(queueRebuild());
        } finally {
            watchers.remove(progress);
        }
    }

    private synchronized Future<Long> queueRebuild() {
        if (rebuild == null || rebuild.isDone()) {
            rebuilding = true;
            rebuilt = 0;
            rebuild = writerThread.submit(this::rebuildNow);
        }
        return rebuild;
    }

    private long rebuildNow() {
        rebuilding = true;
        rebuilt = 0;
        try {
            return rebuildAll(this::progress);
        } finally {
            rebuilding = false;
        }
    }

    private void progress(long done) {
        watchers.forEach(w -> w.accept(done));
    }

    /**
     * Empties the index and adds every material on {@link #REBUILD_WORKERS} workers
     * ({@link ParallelRebuild}). Index order is then not id order, which nothing relies on (every
     * sort ends with the id).
     */
    private long rebuildAll(LongConsumer progress) {
        index.deleteAll();
        rebuilt = new ParallelRebuild(jdbc, loader, index, REBUILD_WORKERS, MATERIALS_PER_BATCH).run(done -> {
            rebuilt = done;
            progress.accept(done);
        });
        progress.accept(rebuilt);
        // changes committed before or during the rebuild stay in record_change and are taken in
        // after it: some materials are indexed twice, none is missed
        index.commit(bank());
        LOG.info("Search index rebuilt: {} materials", rebuilt);
        return rebuilt;
    }

    /**
     * Takes in the changes not yet taken and makes them searchable at once; making them durable
     * (an index commit, an fsync) waits for {@link #commit}, every few seconds, so that a burst of
     * small transactions does not pay one commit each. Until then their rows stay in record_change,
     * marked taken; a restart after a crash takes them in again.
     */
    private void drain() {
        while (true) {
            Set<UUID> changed = new LinkedHashSet<>();
            jdbc.sql("""
                    update record_change set taken = true where seq in (
                        select seq from record_change where not taken order by seq limit ? for update skip locked)
                    returning object_id""")
                    .param(CHANGES_PER_ROUND).query((rs, n) -> changed.add(rs.getObject(1, UUID.class))).list();
            if (changed.isEmpty()) {
                index.refresh();
                return;
            }
            reindex(List.copyOf(changed));
            uncommitted += changed.size();
            if (uncommitted >= COMMIT_AFTER_CHANGES) {
                commit();
            }
        }
    }

    private void commitSafely() {
        try {
            commit();
        } catch (RuntimeException e) {
            LOG.error("Search index commit failed; it will be retried", e);
        }
    }

    /** Makes the index durable, then forgets the changes it holds (all taken ones: taking happens on this thread). */
    private void commit() {
        if (uncommitted > 0) {
            index.commit(bank());
            jdbc.sql("delete from record_change where taken").update();
            uncommitted = 0;
        }
    }

    private void reindex(List<UUID> changed) {
        Set<UUID> materials = new LinkedHashSet<>(loader.affected(changed));
        changed.forEach(materials::add);
        List<UUID> all = List.copyOf(materials);
        for (int from = 0; from < all.size(); from += MATERIALS_PER_BATCH) {
            List<UUID> batch = all.subList(from, Math.min(all.size(), from + MATERIALS_PER_BATCH));
            FactsLoader.Loaded loaded = loader.load(batch);
            Set<UUID> gone = new HashSet<>(batch);
            loaded.facts().forEach(f -> gone.remove(f.id()));
            index.write(loaded.facts(), gone, loaded::visibility);
        }
    }

    private String bank() {
        return jdbc.sql("select id::text from bank_identity").query(String.class).single();
    }

    static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the search index was written", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        writerThread.submit(this::commitSafely);
        writerThread.shutdown();
        writerThread.awaitTermination(30, TimeUnit.SECONDS);
    }
}
