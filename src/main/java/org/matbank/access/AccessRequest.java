package org.matbank.access;

import java.time.Instant;
import java.util.UUID;

/** A user's request to see the records of an embargoed dataset, and the owners' decision. */
public record AccessRequest(UUID id, UUID datasetId, UUID userId, String login, String message, String state,
        String decidedBy, Instant decidedAt, String reason, Instant createdAt) {
}
