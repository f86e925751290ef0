package org.matbank.search;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads every material page by page in id order and hands each page to one of several workers,
 * which read it from the database, flatten it and add it to the index in parallel (Lucene takes
 * documents from several threads at once): the analysis of the words and the reading of the JSON
 * bodies are CPU work that a second core halves. At most two pages per worker are read ahead, so
 * memory stays bounded whatever the size of the bank.
 */
final class ParallelRebuild {

    private final JdbcClient jdbc;
    private final FactsLoader loader;
    private final SearchIndex index;
    private final int workerCount;
    private final int pageSize;

    ParallelRebuild(JdbcClient jdbc, FactsLoader loader, SearchIndex index, int workerCount, int pageSize) {
        this.jdbc = jdbc;
        this.loader = loader;
        this.index = index;
        this.workerCount = workerCount;
        this.pageSize = pageSize;
    }

    /** Adds every material to the (emptied) index; returns how many, telling {@code progress} on the way. */
    long run(LongConsumer progress) {
        AtomicLong done = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(workerCount, r -> {
            Thread t = new Thread(r, "search-rebuild");
            t.setDaemon(true);
            return t;
        });
        // at most two pages per worker read ahead: memory stays bounded whatever the size of the bank
        Semaphore inFlight = new Semaphore(2 * workerCount);
        Deque<Future<?>> pending = new ArrayDeque<>();
        try {
            UUID after = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
            boolean first = true;
            while (true) {
                List<UUID> page = jdbc.sql("""
                        select id from record_object where kind in ('material_run', 'material_spec')
                        and (:first or id > :after) order by id limit :limit""")
                        .param("first", first).param("after", after).param("limit", pageSize)
                        .query(UUID.class).list();
                if (page.isEmpty()) {
                    break;
                }
                first = false;
                after = page.get(page.size() - 1);
                acquire(inFlight);
                pending.add(workers.submit(() -> {
                    try {
                        FactsLoader.Loaded loaded = loader.load(page);
                        index.add(loaded.facts(), loaded::visibility);
                        done.addAndGet(page.size());
                    } finally {
                        inFlight.release();
                    }
                }));
                while (!pending.isEmpty() && pending.peekFirst().isDone()) {
                    SearchIndexer.await(pending.pollFirst());
                }
                progress.accept(done.get());
            }
            while (!pending.isEmpty()) {
                SearchIndexer.await(pending.pollFirst());
            }
        } finally {
            // after a failure: drop the pages not started, let the running ones finish (an interrupt
            // inside Lucene's file channels would close the index writer)
            pending.forEach(f -> f.cancel(false));
            workers.shutdown();
            awaitTermination(workers);
        }
        return done.get();
    }

    private static void awaitTermination(ExecutorService workers) {
        try {
            workers.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void acquire(Semaphore semaphore) {
        try {
            semaphore.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the search index was rebuilt", e);
        }
    }
}
