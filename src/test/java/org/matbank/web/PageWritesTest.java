package org.matbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.matbank.access.Caller;
import org.matbank.access.Scope;

/** Pages write for the callers the API lets write (docs/API.md, Anonymous writes and Scopes). */
class PageWritesTest {

    private static Caller caller(Scope... scopes) {
        return new Caller(UUID.randomUUID(), "kim.minji", null, null, Set.of(scopes));
    }

    @Test
    void anonymousVisitorsWriteOnlyWhileAnonymousWritesAreOn() {
        assertThat(new PageWrites(true).refusal((Caller) null)).isEmpty();
        assertThat(new PageWrites(false).refusal((Caller) null)).contains("signIn");
    }

    @Test
    void aCallerNeedsTheWriteScopeWhateverTheSetting() {
        for (boolean anonymousWrite : new boolean[] {true, false}) {
            PageWrites writes = new PageWrites(anonymousWrite);
            assertThat(writes.refusal(caller(Scope.READ))).contains("scope");
            assertThat(writes.refusal(caller(Scope.WRITE))).isEmpty();
            assertThat(writes.refusal(caller(Scope.ADMIN))).isEmpty();
        }
    }
}
