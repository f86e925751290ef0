package org.matbank.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Spring Security's part: sign-in with a password at {@code /login} (a session cookie, HttpOnly,
 * SameSite=Lax), sign-out at {@code /logout}, CSRF tokens, the sign-in rate limit. Which request
 * needs which right is not decided here but in {@link AccessRule} (API) and, later, by the
 * dataset rules at the query layer: every request is let through Spring Security's authorisation.
 *
 * <p>CSRF: a write carried by a browser session must send the session's CSRF token. A write to
 * {@code /api/**} with an API token, or with no session at all, needs none: a forged cross-site
 * request rides on the victim's cookie, and such a request has no cookie to ride on. The sign-in
 * form always needs it (against login CSRF).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SignInSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain matbankSecurity(HttpSecurity http,
            @Value("${matbank.sign-in.attempts-per-minute:10}") int attemptsPerMinute,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors, AuditLog audit) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.permitAll())
                .httpBasic(basic -> basic.disable())
                // pages carry no inline script (charts read data-* attributes), so a script injected
                // through a material's name could not run even if escaping ever failed
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SignInSecurity::apiWithoutSession))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, denied) -> {
                    if (!AccessRule.covers(request.getServletPath())) {
                        // a page's form without a valid token: its session ended (8 h) or it came from
                        // elsewhere; the sign-in page says so in the page language, not in JSON
                        response.sendRedirect(request.getContextPath() + "/login?expired");
                        return;
                    }
                    InvalidInputException refused = new InvalidInputException(Problem.FORBIDDEN, new Violation(
                            "X-CSRF-TOKEN", "csrf.token", null, request.getMethod() + " " + request.getRequestURI()
                                    + " from a signed-in browser session needs the session's CSRF token in header X-CSRF-TOKEN"
                                    + " (GET /api/me gives it) or form field _csrf"));
                    if (errors.resolveException(request, response, null, refused) == null) {
                        response.sendError(403, refused.violations().get(0).message());
                    }
                }))
                .addFilterBefore(new SignInRateLimit(attemptsPerMinute, errors, audit), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    private static boolean apiWithoutSession(HttpServletRequest request) {
        String path = request.getServletPath().toLowerCase(Locale.ROOT);
        boolean api = path.equals(AccessRule.API) || path.startsWith(AccessRule.API + "/");
        String authorization = request.getHeader(AccessFilter.HEADER);
        boolean bearer = authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("bearer ");
        return api && (bearer || !request.isRequestedSessionIdValid());
    }
}
