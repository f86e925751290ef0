package org.matbank.access;

import java.time.Instant;
import java.util.UUID;

/** A member of a dataset with the role, as listed to the dataset's members. */
public record DatasetMember(UUID userId, String login, String displayName, DatasetRole role, String addedBy, Instant addedAt) {
}
