package org.matbank.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading and checking the audit log; administrators only ({@link AccessRule}). */
@RestController
@RequestMapping(AccessRule.AUDIT)
@Tag(name = "audit", description = "The append-only, hash-chained audit log of sign-ins, token and account changes "
        + "(docs/SECURITY.md). Administrators only.")
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping
    @Operation(summary = "Page through the audit log, newest first (administrator)", description = """
            Example: GET /api/audit?action=sign-in&since=2026-03-01T00:00:00Z&limit=50 gives
            {"events":[{"seq":412,"at":"2026-03-02T08:15:03.118204Z","actor":"anonymous","actor_user_id":null,
            "address":"10.0.4.17","action":"sign-in.failed","target":"user 'kim.minji' (0198...)",
            "detail":{"reason":"bad credentials"},"previous_hash":"9f2c...","hash":"51ab..."}],"next_before":412}.
            'action' is one action or a family (sign-in matches sign-in.failed, sign-in.succeeded, ...); pass
            next_before as 'before' for the next page.""")
    AuditPage list(
            @Parameter(description = "An action or a family of actions", example = "token")
            @RequestParam(required = false) String action,
            @Parameter(description = "Only events at or after this time (ISO-8601 instant or date, UTC)", example = "2026-03-01")
            @RequestParam(required = false) String since,
            @Parameter(description = "Only events with a smaller seq (the previous page's next_before)")
            @RequestParam(required = false) Long before,
            @Parameter(description = "Events per page, 1 to 1000", example = "100")
            @RequestParam(defaultValue = "100") int limit) {
        return log.list(action, instant(since), before, limit);
    }

    @GetMapping("/verify")
    @Operation(summary = "Check the audit chain from the first event to the last (administrator)", description = """
            Intact: {"ok":true,"checked":1207,"head_seq":1207,"head_hash":"51ab...","first_bad_seq":null,...}.
            Broken: {"ok":false,"checked":411,"first_bad_seq":412,"first_bad_action":"sign-in.failed",
            "fault":"HASH_MISMATCH","message":"audit chain broken at event 412 (sign-in.failed): hash does not match ..."}.
            Note head_seq and head_hash somewhere outside MatBank from time to time: a chain rewritten from some
            point on by someone with database superuser rights verifies, but no longer contains that hash.""")
    AuditVerification verify() {
        return log.verify();
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.contains("T") ? Instant.parse(text.strip()) : LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Problem.INVALID, new Violation("since", "audit.since.format", text,
                    "since is an ISO-8601 instant (2026-03-01T09:00:00Z) or a date (2026-03-01)"));
        }
    }
}
