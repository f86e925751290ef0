package org.matbank.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code matbank} command: the entry point of the jar. */
@Command(name = "matbank", mixinStandardHelpOptions = true, version = "MatBank 0.1.0",
        description = "MatBank, an integrated materials information bank.",
        subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, SearchCommand.class, ReindexCommand.class, TokenCommand.class, UserCommand.class,
                AuditCommand.class, TrainCommand.class, PredictCommand.class, DesignCommand.class})
public class MatBankCli implements Runnable {

    public static void main(String[] args) {
        int code = new CommandLine(new MatBankCli())
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    // a start that fails deep inside Spring (data folder in use, port taken) ends with one plain line
                    Throwable root = e;
                    while (root.getCause() != null) {
                        root = root.getCause();
                    }
                    System.err.println("matbank: " + root.getMessage());
                    return 1;
                })
                .execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
