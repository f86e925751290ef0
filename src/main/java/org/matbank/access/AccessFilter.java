package org.matbank.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Finds the caller of a request to {@code /api/**}: {@code Authorization: Bearer <token>} (a valid
 * token becomes the request's {@link Caller}; an unknown, expired or revoked one is answered 401
 * naming the reason, never treated as no token), else a user signed in with a password, read
 * again from the database on each request so that disabling a user or taking away administration
 * takes effect at once. Then {@link AccessRule} decides. Refusals are answered by the same
 * error handler as the controllers' (problem JSON with a violation list), so they look alike.
 * A page request gets its signed-in user as caller too (the pages read through the same audience).
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AccessFilter extends OncePerRequestFilter {

    static final String HEADER = "Authorization";
    private static final String BEARER = "bearer ";
    /** Paths of static files (page assets). */
    private static final List<String> STATIC = List.of("/css/", "/js/", "/webjars/", "/favicon");

    private final TokenService tokens;
    private final AccountRepository accounts;
    private final AccessRule rule;
    private final HandlerExceptionResolver errors;

    AccessFilter(TokenService tokens, AccountRepository accounts, AccessRule rule,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.rule = rule;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // stylesheets, scripts and icons are the same for everyone: no caller to find
        String path = path(request);
        return STATIC.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!AccessRule.covers(path(request))) {
            // a page: the user signed in with a password (tokens are for the API); what the page may
            // show or change is decided by the dataset rules of the services it calls
            Caller caller = signedIn();
            if (caller != null) {
                request.setAttribute(Caller.ATTRIBUTE, caller);
            }
            chain.doFilter(request, response);
            return;
        }
        try {
            Caller caller = caller(request);
            if (caller != null) {
                request.setAttribute(Caller.ATTRIBUTE, caller);
            }
            rule.check(request.getMethod(), path(request), caller);
        } catch (InvalidInputException refused) {
            if (errors.resolveException(request, response, null, refused) == null) {
                response.sendError(refused.problem().status(), refused.violations().get(0).message());
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** The caller of the request's token or session; null for neither; refused if the header does not work. */
    private Caller caller(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        if (header == null) {
            return signedIn();
        }
        if (!header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            throw refusal(Verification.refused("token.scheme", "send the token as 'Authorization: Bearer <token>'"));
        }
        Verification verification = tokens.check(header.substring(BEARER.length()).strip());
        if (verification.caller() == null) {
            throw refusal(verification);
        }
        return verification.caller();
    }

    /** The user signed in with a password in this session, if still active. */
    private Caller signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignInUsers.Principal principal)) {
            return null;
        }
        return accounts.user(principal.userId()).filter(u -> u.disabledAt() == null)
                .map(u -> new Caller(u.id(), u.login(), null, null, u.administrator() ? Set.of(Scope.ADMIN) : Set.of(Scope.WRITE)))
                .orElse(null);
    }

    private static InvalidInputException refusal(Verification verification) {
        return new InvalidInputException(Problem.UNAUTHORIZED, verification.refusal());
    }

    /** The path within the application, decoded and normalised by the servlet container (as controllers see it). */
    private static String path(HttpServletRequest request) {
        String info = request.getPathInfo();
        return request.getServletPath() + (info == null ? "" : info);
    }
}
