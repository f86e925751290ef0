package org.matbank.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code matbank user reset-password LOGIN}: operator actions on accounts, on the data folder. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Operator actions on user accounts. Works on the data folder: stop a 'serve' on it first.",
        subcommands = {UserResetPasswordCommand.class})
class UserCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
