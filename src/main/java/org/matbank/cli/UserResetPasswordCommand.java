package org.matbank.cli;

import java.util.concurrent.Callable;
import org.matbank.access.AccountService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code matbank user reset-password LOGIN}: a new random password, printed once; any lock lifted. */
@Command(name = "reset-password", mixinStandardHelpOptions = true,
        description = "Give a user a new random password (printed once) and lift a sign-in lock, e.g. when the first "
                + "administrator's password was lost.")
class UserResetPasswordCommand implements Callable<Integer> {

    @Parameters(paramLabel = "LOGIN", description = "The user's login, e.g. admin.")
    String login;

    @Mixin
    DataFolder folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = folder.openQuietly()) {
            String password = context.getBean(AccountService.class).resetPassword(login);
            spec.commandLine().getOut().println("New password of " + login + " (shown this once): " + password);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
