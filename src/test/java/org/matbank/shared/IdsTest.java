package org.matbank.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsAreVersion7UniqueAndOrderedByTimeOfCreation() throws InterruptedException {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(Ids.next());
            Thread.sleep(2);
        }
        assertThat(ids).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        });
        // PostgreSQL orders uuid values bytewise, as their text: ids of later milliseconds sort later
        assertThat(ids.stream().map(UUID::toString).toList()).isSorted();
        List<UUID> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(Ids.next());
        }
        assertThat(new HashSet<>(many)).hasSize(100_000);
        long millis = ids.get(0).getMostSignificantBits() >>> 16;
        assertThat(Math.abs(millis - System.currentTimeMillis())).isLessThan(60_000);
    }
}
