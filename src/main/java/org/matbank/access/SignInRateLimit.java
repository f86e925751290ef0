package org.matbank.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * At most {@code limit} sign-in attempts per client address and minute; more are answered 429
 * without a password being checked (a browser's form post is sent back to the sign-in page, which
 * says how long to wait). Complements the lockout of one account: guessing across many
 * logins from one address is slowed as well. The address is the request's remote address, which a
 * deployment behind a proxy sets from X-Forwarded-For ({@code server.forward-headers-strategy}).
 * The first refusal of a window is recorded in the audit log; the rest of a flood is not, so that
 * an attacker cannot fill the log (and hold its lock) as fast as they can send requests.
 */
final class SignInRateLimit extends OncePerRequestFilter {

    static final String SIGN_IN = "/login";
    private static final long WINDOW_MILLIS = 60_000;
    private static final int FORGET_ABOVE = 10_000;

    private final int limit;
    private final HandlerExceptionResolver errors;
    private final AuditLog audit;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long start, int attempts) {
    }

    SignInRateLimit(int limit, HandlerExceptionResolver errors, AuditLog audit) {
        this.limit = limit;
        this.errors = errors;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && SIGN_IN.equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = System.currentTimeMillis();
        String address = request.getRemoteAddr();
        Window window = windows.compute(address, (a, w) -> w == null || now - w.start() >= WINDOW_MILLIS
                ? new Window(now, 1) : new Window(w.start(), w.attempts() + 1));
        if (windows.size() > FORGET_ABOVE) {
            windows.values().removeIf(w -> now - w.start() >= WINDOW_MILLIS);
        }
        if (window.attempts() > limit) {
            long wait = Math.max(1, (window.start() + WINDOW_MILLIS - now + 999) / 1000);
            if (window.attempts() == limit + 1) {
                audit.record(new AuditActor("anonymous", null, address), "sign-in.refused", null,
                        Map.of("reason", "rate limit", "limit_per_minute", limit));
            }
            response.setHeader("Retry-After", Long.toString(wait));
            String accept = request.getHeader("Accept");
            if (accept != null && accept.contains("text/html")) {
                // the sign-in form of a browser: back to the form, which says why in the page language
                response.sendRedirect(request.getContextPath() + SIGN_IN + "?limited=" + wait);
                return;
            }
            InvalidInputException refused = new InvalidInputException(Problem.TOO_MANY_REQUESTS, new Violation("address",
                    "sign-in.rate", address, "more than " + limit + " sign-in attempts from " + address
                            + " in a minute: wait " + wait + " s"));
            if (errors.resolveException(request, response, null, refused) == null) {
                response.sendError(429, refused.violations().get(0).message());
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
