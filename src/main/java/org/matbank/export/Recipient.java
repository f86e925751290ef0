package org.matbank.export;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import java.util.UUID;
import org.matbank.access.Caller;

/**
 * Who an export is for, as the manifest and the export log record it.
 *
 * @param who the caller as {@link Caller#describe()} puts it ({@code token 'ci' of kim},
 *     {@code user 'kim' (signed in)}), or {@code anonymous}, or the command line's user
 * @param userId the user, when the caller is one or holds one's token; else null
 * @param tokenId the API token used; else null
 * @param address the client's network address as the server saw it (behind a proxy: the proxy's,
 *     unless the server is told to trust forwarded headers); null from the command line
 */
public record Recipient(String who, UUID userId, UUID tokenId, String address) {

    /** The text for a request without a caller. */
    public static final String ANONYMOUS = "anonymous";

    public Recipient {
        Objects.requireNonNull(who, "who");
    }

    /** The caller of an HTTP request, or {@link #ANONYMOUS}, with its address. */
    public static Recipient of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return Caller.of(request).map(c -> new Recipient(c.describe(), c.userId(), c.tokenId(), address))
                .orElseGet(() -> new Recipient(ANONYMOUS, null, null, address));
    }

    /** Whoever runs a command on the data folder: the operating system's user. */
    public static Recipient commandLine() {
        return new Recipient("command line (system user '" + System.getProperty("user.name") + "')", null, null, null);
    }
}
