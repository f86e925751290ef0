package org.matbank.cli;

import java.util.UUID;
import java.util.concurrent.Callable;
import org.matbank.access.ApiToken;
import org.matbank.access.TokenService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code matbank token revoke ID --reason R}: the token stops working at once; it stays listed with the reason. */
@Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token: it stops working at once.")
class TokenRevokeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The token's id (see 'matbank token list').")
    UUID id;

    @Option(names = "--reason", required = true, description = "Why, e.g. 'laptop lost' (kept with the token).")
    String reason;

    @Mixin
    DataFolder folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = folder.openQuietly()) {
            ApiToken token = context.getBean(TokenService.class).revoke(id, reason);
            spec.commandLine().getOut().println("Revoked token '" + token.name() + "' (" + token.id() + "): " + token.revokedReason());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
