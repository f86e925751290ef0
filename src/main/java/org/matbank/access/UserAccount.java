package org.matbank.access;

import java.time.Instant;
import java.util.UUID;

/**
 * A person who signs in with a password. Never carries the password or its hash.
 *
 * @param login          lower case; what the user types to sign in
 * @param organisationId the organisation the user belongs to, or null (e.g. the first administrator)
 * @param lockedUntil    set while sign-in is locked after repeated failures
 * @param disabledAt     set when an administrator disabled the account (it can no longer sign in)
 */
public record UserAccount(UUID id, String login, String displayName, String email, UUID organisationId,
        boolean administrator, int failedSignIns, Instant lockedUntil, Instant disabledAt, String disabledReason,
        Instant createdAt) {

    /** Whether sign-in is locked at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
