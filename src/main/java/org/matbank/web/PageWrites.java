package org.matbank.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.matbank.access.Caller;
import org.matbank.access.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether a page may write for its caller, by the API's rule (access.AccessRule, docs/API.md): a
 * caller needs scope write; without a caller, writes are allowed only while
 * {@code matbank.access.anonymous-write} is on (the local single-user default). Pages are not
 * under /api, so the API's filter does not decide for them: this does, with the same setting.
 */
@Component
class PageWrites {

    private final boolean anonymousWrite;

    PageWrites(@Value("${matbank.access.anonymous-write:true}") boolean anonymousWrite) {
        this.anonymousWrite = anonymousWrite;
    }

    /** Empty when the request may write; else why not: {@code signIn} (no caller) or {@code scope} (no write right). */
    Optional<String> refusal(HttpServletRequest request) {
        return refusal(Caller.of(request).orElse(null));
    }

    Optional<String> refusal(Caller caller) {
        if (caller == null) {
            return anonymousWrite ? Optional.empty() : Optional.of("signIn");
        }
        return caller.has(Scope.WRITE) ? Optional.empty() : Optional.of("scope");
    }
}
