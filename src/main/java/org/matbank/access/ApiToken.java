package org.matbank.access;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A token as listed: everything about it except its secret, which MatBank does not keep.
 *
 * @param userId        the user it belongs to, or null (a token for a service, made by an administrator)
 * @param status        active, expired or revoked (at the time it was read)
 * @param expiresAt     when it stops working, or null for never
 * @param lastUsedAt    when it was last used (to the minute), or null if never
 * @param revokedReason why it was revoked, as given
 */
@Schema(description = "An API token (never its secret)")
public record ApiToken(
        @Schema(example = "0198c5a0-6f1e-7c3a-9d2b-4e5f60718293") UUID id,
        @Schema(example = "ci-pipeline") String name,
        @Schema(example = "kim.minji@kims.re.kr") String owner,
        @Schema(description = "the user the token belongs to, when it was made by or for a user") UUID userId,
        @Schema(example = "[\"read\", \"write\"]") List<Scope> scopes,
        @Schema(example = "active", allowableValues = {"active", "expired", "revoked"}) String status,
        Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt,
        @Schema(example = "laptop lost") String revokedReason) {

    public ApiToken {
        scopes = List.copyOf(scopes);
    }
}
