package org.matbank.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.matbank.MatBankApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option every command shares, and the MatBank it opens. */
class DataFolder {

    @Option(names = "--data-dir", description = "Data folder (embedded database, files). Default: ~/.matbank")
    Path dataDir;

    /** Spring arguments naming the data folder, if one was given. */
    List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        if (dataDir != null) {
            arguments.add("--matbank.data-dir=" + dataDir.toAbsolutePath());
        }
        return arguments;
    }

    /** MatBank without its web server, for commands that work on the data folder and end. */
    ConfigurableApplicationContext openQuietly() {
        List<String> arguments = arguments();
        arguments.add("--logging.level.root=WARN");
        return new SpringApplicationBuilder(MatBankApplication.class).web(WebApplicationType.NONE)
                .run(arguments.toArray(String[]::new));
    }
}
