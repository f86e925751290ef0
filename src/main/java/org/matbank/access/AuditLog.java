package org.matbank.access;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only, hash-chained audit log: sign-ins, token and account changes, later views and
 * exports of protected data. Each event's hash covers its contents and the hash of the event
 * before it, so changing or deleting a stored event breaks the chain at that point, which
 * {@link #verify()} finds (ADR 0007). A database trigger refuses UPDATE, DELETE and TRUNCATE.
 *
 * <p>{@link #record} joins the caller's transaction, so an action that rolls back leaves no event
 * claiming it happened; it holds the log's lock until that transaction ends, so callers record last,
 * just before they commit.
 */
@Service
public class AuditLog {

    static final int MAX_LIMIT = 1000;
    private static final int SLICE = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditRepository events;

    AuditLog(AuditRepository events) {
        this.events = events;
    }

    /** Records an event by the caller of the current HTTP request (or {@link AuditActor#SYSTEM} outside one). */
    @Transactional
    public AuditEvent record(String action, String target, Map<String, ?> detail) {
        // a call within this class bypasses the transactional proxy: the annotation above is what
        // keeps the lock, the head read and the insert in one transaction
        return record(AuditActor.current(), action, target, detail);
    }

    /**
     * Records an event. {@code detail} holds particulars (null values are left out); never put a
     * password or a token's secret in it.
     */
    @Transactional
    public AuditEvent record(AuditActor actor, String action, String target, Map<String, ?> detail) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Map<String, Object> known = new LinkedHashMap<>();
        if (detail != null) {
            detail.forEach((key, value) -> {
                if (value != null) {
                    known.put(key, value);
                }
            });
        }
        events.lock();
        Optional<AuditRepository.Head> head = events.head();
        AuditRepository.Stamp stamp = events.stamp(JSON.writeValueAsString(known));
        long seq = head.map(h -> h.seq() + 1).orElse(1L);
        String previous = head.map(AuditRepository.Head::hash).orElse(null);
        Instant at = stamp.at();
        String hash = AuditHash.of(seq, at, actor.name(), actor.userId(), actor.address(), action, target, stamp.detail(),
                previous);
        AuditEvent event = new AuditEvent(seq, at, actor.name(), actor.userId(), actor.address(), action, target,
                JSON.readTree(stamp.detail()), previous, hash);
        events.insert(event, stamp.detail());
        return event;
    }

    /**
     * Events newest first. {@code action}: one action or a family ({@code sign-in} for every
     * {@code sign-in.*}); {@code since}: at or after; {@code before}: seqs below (the next page);
     * {@code limit}: 1 to {@value #MAX_LIMIT}. Null for any.
     */
    public AuditPage list(String action, Instant since, Long before, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException(Problem.INVALID, new Violation("limit", "audit.limit.range", limit,
                    "limit is 1 to " + MAX_LIMIT));
        }
        String family = action == null || action.isBlank() ? null : action.strip();
        List<AuditEvent> page = events.page(family, since, before, limit + 1);
        if (page.size() <= limit) {
            return new AuditPage(page, null);
        }
        List<AuditEvent> shown = page.subList(0, limit);
        return new AuditPage(List.copyOf(shown), shown.get(limit - 1).seq());
    }

    /**
     * Reads the whole chain from its first event and checks each: seq follows without a gap, its
     * previous_hash is the hash of the event before, its hash matches its contents. Stops at the
     * first break. Read in slices, so the length of the log does not matter.
     */
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        long checked = 0;
        long expected = 1;
        String previous = null;
        for (List<AuditRepository.Stored> slice = events.after(0, SLICE); !slice.isEmpty();
                slice = events.after(expected - 1, SLICE)) {
            for (AuditRepository.Stored stored : slice) {
                AuditEvent e = stored.event();
                AuditVerification.Fault fault = null;
                String more = null;
                if (e.seq() != expected) {
                    fault = AuditVerification.Fault.MISSING_EVENTS;
                    more = e.seq() - expected == 1 ? "seq " + expected + " is gone" : "seq " + expected + " to " + (e.seq() - 1) + " are gone";
                } else if (!Objects.equals(e.previousHash(), previous)) {
                    fault = AuditVerification.Fault.BROKEN_LINK;
                } else if (!AuditHash.of(e.seq(), e.at(), e.actor(), e.actorUserId(), e.address(), e.action(), e.target(),
                        stored.detail(), e.previousHash()).equals(e.hash())) {
                    fault = AuditVerification.Fault.HASH_MISMATCH;
                }
                if (fault != null) {
                    AuditRepository.Head head = events.head().orElseThrow();
                    return AuditVerification.broken(checked, head.seq(), head.hash(), e, fault, more);
                }
                checked++;
                expected = e.seq() + 1;
                previous = e.hash();
            }
        }
        return AuditVerification.intact(checked, expected - 1, previous);
    }
}
