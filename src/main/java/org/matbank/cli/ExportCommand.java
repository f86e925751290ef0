package org.matbank.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.matbank.export.BankExport;
import org.matbank.export.ExportFormat;
import org.matbank.export.ExportQuery;
import org.matbank.export.ExportRequest;
import org.matbank.export.Recipient;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code matbank export --out FILE}: the whole bank as MatBank JSON, for another MatBank to import,
 * fingerprinted and logged like any export; {@code matbank export identify FILE} names the export
 * a file came from.
 */
@Command(name = "export", mixinStandardHelpOptions = true, subcommands = ExportIdentifyCommand.class,
        description = {"Export every template and record as MatBank JSON (--out FILE).",
            "'matbank export identify FILE' names the export a file came from."})
class ExportCommand implements Callable<Integer> {

    // not required = true: picocli would then ask for it before 'identify' too
    @Option(names = "--out", description = "The file to write.")
    Path out;

    @Mixin
    DataFolder folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (out == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--out=<out>' (or 'matbank export identify FILE')");
        }
        ExportRequest request = ExportRequest.to(Recipient.commandLine(), ExportFormat.MATBANK_JSON, ExportQuery.none());
        try (ConfigurableApplicationContext context = folder.openQuietly();
             OutputStream file = Files.newOutputStream(out)) {
            long objects = context.getBean(BankExport.class).wholeBank(request, file);
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println("Exported " + objects + " objects to " + out + " (fingerprint " + request.fingerprint() + ")");
            stdout.flush();
        }
        return 0;
    }
}
