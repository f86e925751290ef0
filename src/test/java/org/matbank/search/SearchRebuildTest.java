package org.matbank.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A rebuild from the database gives the same answers as the index kept in step by the outbox. */
class SearchRebuildTest extends SearchFixture {

    @Autowired
    SearchService search;

    @Test
    void aRebuildAnswersEveryQuestionAsBefore() throws Exception {
        String tag = "rebuild-" + unique();
        List<Steel> steels = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            steels.add(new Steel("R" + i, "\"Fe\":" + (98 - i % 3) + ",\"C\":1,\"Cr\":" + (1 + i % 3), 300 + 10 * i,
                    (600 + 20 * i) + " MPa", i % 2 == 0 ? "KIMS" : "KIST", i % 4 == 0 ? "열처리후인장강도시험" : "tempered bar"));
        }
        create(tag, steels.toArray(Steel[]::new));
        List<Map<String, String>> questions = List.of(
                Map.of("filter", "tags HAS \"" + tag + "\"", "limit", "1000"),
                Map.of("filter", "tags HAS \"" + tag + "\" AND property.\"tensile strength\" >= 0.9 GPa",
                        "facets", "institution,element,property,template", "limit", "7"),
                Map.of("filter", "tags HAS \"" + tag + "\" AND composition.Cr BETWEEN 1.5 wt% AND 3 wt%",
                        "sort", "parameter.\"tempering temperature\" desc", "limit", "1000"),
                Map.of("filter", "tags HAS \"" + tag + "\"", "text", "인장강도", "limit", "1000"));
        List<String> before = new ArrayList<>();
        for (Map<String, String> q : questions) {
            Answer a = search(q);
            assertThat(a.status()).as("%s", a).isEqualTo(200);
            before.add(withoutCursor(a));
        }
        assertThat(before.get(0)).contains("\"total\":30");

        // a second request while the first rebuild runs joins it: both answer, with the same count
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> search.rebuild(n -> {
            holding.countDown();
            await(release);
        }));
        assertThat(holding.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(search.status().rebuilding()).isTrue();
        AtomicLong heard = new AtomicLong(-1);
        CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> search.rebuild(heard::set));
        Thread.sleep(200);
        assertThat(second).isNotDone();
        release.countDown();
        long indexed = first.get(120, TimeUnit.SECONDS);
        assertThat(second.get(120, TimeUnit.SECONDS)).isEqualTo(indexed);
        assertThat(indexed).isGreaterThanOrEqualTo(60).isEqualTo(search.indexed());
        assertThat(search.status().rebuilding()).isFalse();
        assertThat(search.status().rebuilt()).isEqualTo(indexed);

        for (int i = 0; i < questions.size(); i++) {
            Answer a = search(questions.get(i));
            assertThat(a.status()).as("%s", a).isEqualTo(200);
            assertThat(withoutCursor(a)).as("%s after the rebuild", questions.get(i)).isEqualTo(before.get(i));
        }
    }

    /** The answer without next_cursor, which names the index snapshot. */
    private static String withoutCursor(Answer a) {
        return a.text().replaceAll("\"next_cursor\":\"[^\"]*\"", "\"next_cursor\":\"…\"");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
