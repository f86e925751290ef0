package org.matbank.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matbank.MatBankApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * kill -9 in the middle of an import leaves the database as it was before the import: the
 * `matbank import` command runs in its own JVM, is killed once it has written rows, and the next
 * start finds no trace of them (and the import marked interrupted).
 */
class ImportKillTest {

    @TempDir
    Path folder;

    @Test
    void anImportKilledMidwayWritesNothing() throws Exception {
        Path data = folder.resolve("data");
        Path table = folder.resolve("concrete-x10.txt");
        List<String> lines = Files.readAllLines(ImportTestSupport.CONCRETE);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.addAll(lines);
        }
        Files.write(table, many);
        Path mapping = folder.resolve("mapping.json");
        Files.writeString(mapping, ImportTestSupport.resource("/mappings/concrete-uci.json"));

        Process importer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.matbank.cli.MatBankCli", "import",
                "--data-dir", data.toString(), "--mapping", mapping.toString(), table.toString())
                .redirectErrorStream(true).start();
        AtomicReference<String> seen = new AtomicReference<>("");
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(importer.getInputStream(), StandardCharsets.UTF_8))) {
                char[] buffer = new char[4096];
                for (int n = out.read(buffer); n >= 0; n = out.read(buffer)) {
                    String chunk = new String(buffer, 0, n);
                    seen.updateAndGet(s -> {
                        String all = s + chunk;
                        return all.substring(Math.max(0, all.length() - 20000));
                    });
                }
            } catch (java.io.IOException e) {
                // the process is gone
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!writtenSome(seen.get()) && System.nanoTime() < deadline && importer.isAlive()) {
            Thread.sleep(100);
        }
        assertThat(writtenSome(seen.get())).as("the import got going: %s", seen.get()).isTrue();
        importer.destroyForcibly();   // SIGKILL: no shutdown hook runs, PostgreSQL is left running
        assertThat(importer.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(MatBankApplication.class)
                .web(WebApplicationType.NONE).run("--matbank.data-dir=" + data)) {
            JdbcClient jdbc = restarted.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from record_object").query(Long.class).single())
                    .as("no record of the killed import survives").isZero();
            assertThat(jdbc.sql("select count(*) from template").query(Long.class).single())
                    .as("nor the templates its mapping created").isZero();
            assertThat(jdbc.sql("select status from import_job").query(String.class).list()).containsExactly("interrupted");
        }
    }

    /** The progress bar prints "N rows, ..." as rows are written; 30 means the transaction holds data. */
    private static boolean writtenSome(String output) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) rows,").matcher(output);
        int last = 0;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        return last >= 30;
    }
}
