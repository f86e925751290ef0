package org.matbank.access;

import java.time.LocalDate;
import java.util.UUID;

/** The bodies of the dataset API's requests (JSON in snake case). */
public final class DatasetRequests {

    private DatasetRequests() {
    }

    /** A new dataset; it starts as a draft with its creator as owner. */
    public record NewDataset(String name, String description, UUID organisationId) {
    }

    /** A member to add (by user id or login) or whose role to change. */
    public record Member(UUID userId, String login, String role) {
    }

    /**
     * A change of state: {@code embargo_until} for embargoed (at most 36 months ahead),
     * {@code reason} for withdrawn.
     */
    public record StateChange(String state, LocalDate embargoUntil, String reason) {
    }

    /** A request to see an embargoed dataset's records. */
    public record AccessAsk(String message) {
    }

    /** An owner's decision on an access request. */
    public record Decision(boolean approve, String reason) {
    }
}
