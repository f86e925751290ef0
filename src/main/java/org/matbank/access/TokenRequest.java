package org.matbank.access;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What a new token should be. Checked by {@link TokenService#create}: a name and an owner, at least
 * one known scope, and an expiry of 1 to 36500 days or none.
 *
 * @param name          what the token is for, e.g. {@code ci-pipeline}
 * @param owner         who it belongs to (a person or a service)
 * @param scopes        read, write and/or admin (admin implies write implies read)
 * @param expiresInDays days until it stops working; null for never
 */
@Schema(description = "A token to create", example = """
        {"name":"ci-pipeline","owner":"kim.minji@kims.re.kr","scopes":["read","write"],"expires_in_days":90}""")
public record TokenRequest(
        @Schema(example = "ci-pipeline") String name,
        @Schema(example = "kim.minji@kims.re.kr") String owner,
        @Schema(example = "[\"read\", \"write\"]", allowableValues = {"read", "write", "admin"}) List<String> scopes,
        @Schema(example = "90", nullable = true, description = "Days until the token stops working; omit for never")
        Integer expiresInDays) {
}
