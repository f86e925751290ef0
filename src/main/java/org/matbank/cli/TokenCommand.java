package org.matbank.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code matbank token create|list|revoke}: API tokens, managed on the data folder (how the first admin token is made). */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Create, list and revoke API tokens (docs/API.md). Works on the data folder: stop a 'serve' on it first.",
        subcommands = {TokenCreateCommand.class, TokenListCommand.class, TokenRevokeCommand.class})
class TokenCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
