package org.matbank.cli;

import java.util.List;
import org.matbank.MatBankApplication;
import org.matbank.ingest.DemoLoader;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code matbank serve}: starts the server (and the embedded PostgreSQL unless MATBANK_DB_URL is set). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the MatBank server.")
class ServeCommand implements Runnable {

    @Option(names = "--demo", description = "Load the demo data (NIMS steel fatigue histories) if not loaded yet.")
    boolean demo;

    @Mixin
    DataFolder folder;

    @Option(names = "--port", description = "HTTP port. Default: 8080 or MATBANK_PORT.")
    Integer port;

    @Override
    public void run() {
        List<String> arguments = folder.arguments();
        if (port != null) {
            arguments.add("--server.port=" + port);
        }
        ConfigurableApplicationContext context = SpringApplication.run(MatBankApplication.class, arguments.toArray(String[]::new));
        if (demo) {
            int loaded = context.getBean(DemoLoader.class).loadIfAbsent();
            System.out.println(loaded > 0 ? "Loaded the demo data: " + loaded + " objects." : "Demo data already loaded.");
        }
        String actualPort = context.getEnvironment().getProperty("local.server.port", "8080");
        System.out.println("MatBank is running: open http://localhost:" + actualPort + "/  (API description: /swagger-ui.html; stop with Ctrl+C)");
    }
}
