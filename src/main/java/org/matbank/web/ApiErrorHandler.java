package org.matbank.web;

import java.util.List;
import java.util.Map;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.JsonErrors;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/**
 * Turns refused requests into RFC 9457 problem answers with a machine-readable list of
 * violations ({@code errors}: path, rule, value, message). Also answers the refusals of the access
 * filter (401, 403), which hands them over before any controller runs.
 */
@RestControllerAdvice
class ApiErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return answer(e.problem(), e.violations());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        Violation violation = cause instanceof JacksonException j
                ? new Violation(JsonErrors.path(j), JsonErrors.rule(j), JsonErrors.location(j), JsonErrors.message(j))
                : new Violation("", "json.malformed", null, "the request body is not readable JSON");
        return answer(Problem.MALFORMED, List.of(violation));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return answer(Problem.MALFORMED, List.of(new Violation(e.getName(), "parameter.type", String.valueOf(e.getValue()),
                "'" + e.getValue() + "' is not a valid " + e.getName())));
    }

    private static ResponseEntity<ProblemDetail> answer(Problem problem, List<Violation> violations) {
        ProblemDetail detail = ProblemDetail.forStatus(HttpStatus.valueOf(problem.status()));
        detail.setTitle(problem.title());
        detail.setDetail(detail(problem, violations));
        detail.setProperty("errors", violations.stream().map(v -> {
            java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("path", v.path());
            m.put("rule", v.rule());
            m.put("value", v.value());
            m.put("message", v.message());
            return (Map<String, Object>) m;
        }).toList());
        LOG.debug("refused: {} {}", problem, violations);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.status());
        if (problem == Problem.UNAUTHORIZED) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"matbank\"");
        }
        return answer.body(detail);
    }

    /** A refused token or scope is said in the detail itself; other refusals count their violations. */
    private static String detail(Problem problem, List<Violation> violations) {
        if ((problem == Problem.UNAUTHORIZED || problem == Problem.FORBIDDEN) && violations.size() == 1) {
            return violations.get(0).message();
        }
        return violations.size() + " violation" + (violations.size() == 1 ? "" : "s") + "; nothing was written";
    }
}
