package org.matbank.cli;

import java.util.concurrent.Callable;
import org.matbank.access.AuditLog;
import org.matbank.access.AuditVerification;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code matbank audit verify}: exit code 0 when the chain is intact, 1 when an event was changed or
 * deleted, so that a cron job or monitoring check can act on it without reading the text.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check every event of the audit log against its hash and the one before it. Exit code 0: intact; "
                + "1: broken (the first bad event is named). Note the head seq and hash printed somewhere else.")
class AuditVerifyCommand implements Callable<Integer> {

    @Mixin
    DataFolder folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AuditVerification result;
        try (ConfigurableApplicationContext context = folder.openQuietly()) {
            result = context.getBean(AuditLog.class).verify();
        }
        if (result.ok()) {
            spec.commandLine().getOut().println(result.message());
            spec.commandLine().getOut().flush();
            return 0;
        }
        spec.commandLine().getErr().println(result.message());
        spec.commandLine().getErr().println(result.checked() + " events before it are intact; the log's head is seq "
                + result.headSeq() + " hash " + result.headHash() + ".");
        spec.commandLine().getErr().flush();
        return 1;
    }
}
