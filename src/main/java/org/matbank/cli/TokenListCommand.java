package org.matbank.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.matbank.access.ApiToken;
import org.matbank.access.Scope;
import org.matbank.access.TokenService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code matbank token list}: every token, newest first, as a table; never a secret. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List every token (never their secrets).")
class TokenListCommand implements Callable<Integer> {

    private static final String ROW = "%-36s  %-20s  %-20s  %-17s  %-8s  %-20s  %-20s  %s%n";

    @Mixin
    DataFolder folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = folder.openQuietly()) {
            List<ApiToken> tokens = context.getBean(TokenService.class).list();
            PrintWriter out = spec.commandLine().getOut();
            if (tokens.isEmpty()) {
                out.println("No tokens yet: create one with 'matbank token create --name N --owner O --scope admin'.");
            } else {
                out.printf(ROW, "ID", "NAME", "OWNER", "SCOPES", "STATUS", "EXPIRES", "LAST USED", "REVOKED FOR");
                for (ApiToken t : tokens) {
                    out.printf(ROW, t.id(), t.name(), t.owner(), scopes(t), t.status(), time(t.expiresAt(), "never"),
                            time(t.lastUsedAt(), "never"), t.revokedReason() == null ? "" : t.revokedReason());
                }
            }
            out.flush();
        }
        return 0;
    }

    static String scopes(ApiToken token) {
        return token.scopes().stream().map(Scope::text).collect(Collectors.joining(","));
    }

    private static String time(Instant instant, String none) {
        return instant == null ? none : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
