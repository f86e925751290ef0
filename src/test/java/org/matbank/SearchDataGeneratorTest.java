package org.matbank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.matbank.shared.storage.EmbeddedDatabase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keeps the search benchmark's bulk generator (bench/SearchData.java, which writes with COPY
 * behind MatBank's back) honest: it is compiled from its source as the benchmark runs it, loads
 * 100 materials into the test database, and its own {@code check} POSTs the same histories
 * through the API and compares every row (body, input hash, SI values...) and the API answers.
 */
class SearchDataGeneratorTest extends HttpApiTest {

    @Autowired
    EmbeddedDatabase database;

    @Test
    void generatedRowsAreTheRowsMatBankWritesForTheSameObjects() throws Exception {
        Class<?> generator = compile(Path.of("bench", "SearchData.java"), "SearchData");
        Method run = generator.getMethod("run", String[].class, PrintStream.class);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        String api = "http://localhost:" + port;
        String url = database.jdbcUrl();

        int loaded = (int) run.invoke(null, new String[] {"load", "--n", "100", "--seed", "7", "--chunk", "30",
            "--commit-every", "60", "--api", api, "--jdbc", url}, out);
        assertThat(loaded).as(log.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(jdbc.sql("select count(*) from record_uid where scope = 'bench-steel'").query(Long.class).single())
                .isEqualTo(400);
        assertThat(jdbc.sql("""
                select count(*) from history_edge e join record_uid u on u.object_id = e.downstream_id
                where u.scope = 'bench-steel'""").query(Long.class).single()).isEqualTo(300);

        int differences = (int) run.invoke(null, new String[] {"check", "--materials", "1,2,30,31,61,100", "--seed", "7",
            "--api", api, "--jdbc", url}, out);
        assertThat(differences).as(log.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("check: OK, no difference");
    }

    /** Compiles one source file of bench/ against the test class path and loads its class. */
    private static Class<?> compile(Path source, String className) throws IOException, ClassNotFoundException {
        Path classes = Files.createTempDirectory("matbank-bench-classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean ok = javac.getTask(errors, null, null,
                List.of("-classpath", classPath(), "-d", classes.toString(), "-proc:none", "-encoding", "UTF-8"), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source.toFile())).call();
        assertThat(ok).as("compiling %s: %s", source, errors).isTrue();
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                SearchDataGeneratorTest.class.getClassLoader());
        return loader.loadClass(className);
    }

    // surefire may run the tests from a manifest-only jar: its Class-Path lists the real entries
    private static String classPath() throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(entry);
            if (entry.endsWith(".jar") && new File(entry).isFile()) {
                try (JarFile jar = new JarFile(entry)) {
                    Manifest manifest = jar.getManifest();
                    String listed = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
                    if (listed != null) {
                        for (String url : listed.trim().split("\\s+")) {
                            entries.add(url.startsWith("file:") ? new File(java.net.URI.create(url)).getPath()
                                    : new File(entry).getParentFile().toPath().resolve(url).toString());
                        }
                    }
                }
            }
        }
        return String.join(File.pathSeparator, new ArrayList<>(entries));
    }
}
