package org.matbank.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.matbank.HttpApiTest;
import tools.jackson.databind.JsonNode;

/** Shared steps of the import tests: shipped data and mappings, uploads, waiting for a job. */
abstract class ImportTestSupport extends HttpApiTest {

    static final Path NIMS = Path.of("src/main/resources/demo/nims_fatigue_agrawal2014.csv");
    static final Path CONCRETE = Path.of("src/test/resources/data/concrete-uci/data.txt");

    static String resource(String name) {
        try (InputStream in = ImportTestSupport.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first {@code rows} data lines of the NIMS table, with its header. */
    static String nimsRows(int rows) throws IOException {
        List<String> lines = Files.readAllLines(NIMS);
        return String.join("\n", lines.subList(0, rows + 1)) + "\n";
    }

    /** The NIMS mapping, with its external-id scope replaced so tests do not meet each other. */
    static String nimsMapping(String scope) {
        return resource("/mappings/nims-fatigue.json").replace("\"nims-csv\"", "\"" + scope + "\"");
    }

    /** Uploads a file (and mapping) and waits for the job to end; returns the finished job. */
    JsonNode importFile(String query, String fileName, byte[] content, String mapping) throws InterruptedException {
        Answer started = mapping == null
                ? postParts("/api/imports" + query, new Part("file", fileName, content))
                : postParts("/api/imports" + query, new Part("file", fileName, content),
                        new Part("mapping", "mapping.json", mapping.getBytes(StandardCharsets.UTF_8)));
        assertThat(started.status()).as("%s", started).isEqualTo(202);
        String id = started.body().path("id").asString();
        for (int i = 0; i < 600; i++) {
            JsonNode job = get("/api/imports/" + id).body();
            String status = job.path("status").asString();
            if (!status.equals("queued") && !status.equals("running")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import " + id + " did not finish in 2 minutes");
    }

    JsonNode report(JsonNode job) {
        Answer report = get("/api/imports/" + job.path("id").asString() + "/report");
        assertThat(report.status()).isEqualTo(200);
        return report.body();
    }

    /** The platform id of the object an external id names. */
    String idOf(String scope, String uid) {
        return jdbc.sql("select object_id::text from record_uid where scope = ? and uid = ?").params(scope, uid)
                .query(String.class).single();
    }

    long objectsInScope(String scope) {
        return jdbc.sql("select count(*) from record_uid where scope = ?").param(scope).query(Long.class).single();
    }
}
