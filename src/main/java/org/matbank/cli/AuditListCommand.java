package org.matbank.cli;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.matbank.access.AuditEvent;
import org.matbank.access.AuditLog;
import org.matbank.access.AuditPage;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code matbank audit list}: the latest events, newest first, one a line. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Show the latest audit events, newest first.")
class AuditListCommand implements Callable<Integer> {

    private static final String ROW = "%6d  %-27s  %-16s  %-30s  %-15s  %s  %s%n";

    @Option(names = "--limit", defaultValue = "50", description = "How many events (1 to 1000). Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--action", description = "Only this action or family of actions, e.g. sign-in or token.revoked.")
    String action;

    @Mixin
    DataFolder folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = folder.openQuietly()) {
            AuditPage page = context.getBean(AuditLog.class).list(action, null, null, limit);
            PrintWriter out = spec.commandLine().getOut();
            if (page.events().isEmpty()) {
                out.println("No audit events" + (action == null ? "" : " of " + action) + ".");
            }
            for (AuditEvent e : page.events()) {
                out.printf(ROW, e.seq(), e.at().truncatedTo(ChronoUnit.MILLIS), e.action(), e.actor(),
                        e.address() == null ? "-" : e.address(), e.target() == null ? "-" : e.target(), e.detail());
            }
            out.flush();
        }
        return 0;
    }
}
