package org.matbank.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code matbank} command: the entry point of the jar. */
@Command(name = "matbank", mixinStandardHelpOptions = true, version = "MatBank 0.1.0",
        description = "MatBank, an integrated materials information bank.",
        subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class})
public class MatBankCli implements Runnable {

    public static void main(String[] args) {
        int code = new CommandLine(new MatBankCli()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
