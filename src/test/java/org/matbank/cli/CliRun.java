package org.matbank.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Standard output, standard error and exit code of one {@code matbank} command on a data folder,
 * run in this JVM as the launcher runs it.
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun matbank(Path dataDir, String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add("--data-dir=" + dataDir.toAbsolutePath());
        int code = new CommandLine(new MatBankCli()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(all.toArray(String[]::new));
        return new CliRun(code, out.toString(), err.toString());
    }
}
