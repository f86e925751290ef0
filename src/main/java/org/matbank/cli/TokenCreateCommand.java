package org.matbank.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.matbank.access.ApiToken;
import org.matbank.access.IssuedToken;
import org.matbank.access.TokenRequest;
import org.matbank.access.TokenService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code matbank token create}: prints the new token's secret, the only time it is shown, alone on
 * standard output (so {@code TOKEN=$(matbank token create ...)} works) and what it is on standard error.
 */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Create a token and print its secret (shown only this once).")
class TokenCreateCommand implements Callable<Integer> {

    @Option(names = "--name", required = true, description = "What the token is for, e.g. ci-pipeline.")
    String name;

    @Option(names = "--owner", required = true, description = "Who it belongs to (a person or a service).")
    String owner;

    @Option(names = "--scope", required = true, split = ",", paramLabel = "SCOPE",
            description = "read, write and/or admin, comma-separated (admin implies write implies read).")
    List<String> scopes;

    @Option(names = "--expires-in-days", paramLabel = "DAYS", description = "Days until it stops working. Default: never.")
    Integer expiresInDays;

    @Mixin
    DataFolder folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = folder.openQuietly()) {
            IssuedToken issued = context.getBean(TokenService.class).create(new TokenRequest(name, owner, scopes, expiresInDays));
            ApiToken token = issued.token();
            PrintWriter err = spec.commandLine().getErr();
            err.println("Created token '" + token.name() + "' (id " + token.id() + ", owner " + token.owner() + ", scopes "
                    + TokenListCommand.scopes(token) + ", expires " + (token.expiresAt() == null ? "never" : token.expiresAt()) + ").");
            err.println("Its secret follows, shown only this once: MatBank keeps only its SHA-256. "
                    + "Send it as 'Authorization: Bearer <secret>'.");
            err.flush();
            spec.commandLine().getOut().println(issued.secret());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
