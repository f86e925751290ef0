package org.matbank.access;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One entry of the audit log, as stored. Never holds a password or a token's secret.
 *
 * @param seq          its place in the log: 1, 2, 3, ... without gaps
 * @param at           when it was recorded (microseconds, as PostgreSQL keeps them)
 * @param actor        who: {@code user 'kim' (signed in)}, {@code token 'ci' of kim}, {@code anonymous} or
 *                     {@code system} (the command line on the data folder, or MatBank itself)
 * @param actorUserId  the acting user, when the actor is or belongs to one
 * @param address      the client address of the request, if it came over HTTP
 * @param action       what, as a dotted name: {@code sign-in.failed}, {@code token.revoked}, ...
 * @param target       what it was done to, e.g. {@code user 'kim' (0198...)}; null when nothing in particular
 * @param detail       the particulars (a reason, scopes, a count), a JSON object
 * @param previousHash the hash of event {@code seq - 1}; null for the first event
 * @param hash         SHA-256 of this event's contents and {@code previousHash} (ADR 0007)
 */
public record AuditEvent(long seq, Instant at, String actor, UUID actorUserId, String address, String action,
        String target, JsonNode detail, String previousHash, String hash) {
}
