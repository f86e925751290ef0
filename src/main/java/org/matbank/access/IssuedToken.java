package org.matbank.access;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A token just created, with its secret: the only time the secret is shown. MatBank keeps only its
 * SHA-256, so a lost secret cannot be recovered (revoke the token and create another).
 *
 * @param secret what to send as {@code Authorization: Bearer <secret>}
 * @param token  the token as it will be listed
 */
@Schema(description = "A new token and its secret, shown only this once")
public record IssuedToken(
        @Schema(example = "mbk_Xq3v0m6c2yqkQ0n1b8Zf4lJt7WcEo5rHa9GdUuKp2sI") String secret,
        ApiToken token) {

    @Override
    public String toString() {
        return "IssuedToken[secret=(hidden), token=" + token + "]";
    }
}
