package org.matbank.access;

import java.time.Instant;
import java.util.UUID;

/**
 * An institute, university or company whose users sign in to MatBank. Whether it is verified (by
 * an administrator, who checked who they are) and its country decide what protected core data its
 * users may receive.
 *
 * @param country ISO 3166-1 alpha-2, upper case (KR, DE, US)
 */
public record Organisation(UUID id, String name, String kind, String country, boolean verified, Instant verifiedAt,
        String verifiedBy, Instant createdAt) {
}
