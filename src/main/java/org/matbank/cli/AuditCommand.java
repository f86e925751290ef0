package org.matbank.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code matbank audit verify|list}: the audit log, checked or read on the data folder. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Check or read the hash-chained audit log (docs/SECURITY.md). Works on the data folder: stop a 'serve' on it first.",
        subcommands = {AuditVerifyCommand.class, AuditListCommand.class})
class AuditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
