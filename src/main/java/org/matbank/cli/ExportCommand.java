package org.matbank.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.matbank.ingest.MatBankJson;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code matbank export --out FILE}: the whole bank as MatBank JSON, for another MatBank to import. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export every template and record as MatBank JSON.")
class ExportCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "The file to write.")
    Path out;

    @Mixin
    DataFolder folder;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = folder.openQuietly();
             OutputStream file = Files.newOutputStream(out)) {
            long objects = context.getBean(MatBankJson.class).export(file);
            System.out.println("Exported " + objects + " objects to " + out);
        }
        return 0;
    }
}
