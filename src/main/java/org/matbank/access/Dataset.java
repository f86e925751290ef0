package org.matbank.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A dataset: the unit of ownership, sharing and release. Its state decides who sees its records
 * ({@link Audience}); its members and their roles decide who changes them.
 *
 * @param embargoUntil    the day an embargoed dataset becomes public by itself
 * @param withdrawnReason why a withdrawn dataset was taken back (its tombstone)
 */
public record Dataset(UUID id, String name, String description, UUID organisationId, DatasetState state,
        LocalDate embargoUntil, String withdrawnReason, UUID createdBy, Instant createdAt, Instant stateChangedAt) {

    /** The state as it is today: an embargo whose day has come is public even before the job has moved it. */
    public DatasetState stateOn(LocalDate today) {
        return state == DatasetState.EMBARGOED && embargoUntil != null && !embargoUntil.isAfter(today)
                ? DatasetState.PUBLIC : state;
    }
}
