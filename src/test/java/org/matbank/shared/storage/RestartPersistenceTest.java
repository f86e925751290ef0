package org.matbank.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matbank.MatBankApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What is written survives a restart: two runs of the application, one after the other, on the
 * same data folder (the embedded PostgreSQL keeps its cluster there).
 */
class RestartPersistenceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        // command-line arguments, not default properties: application.properties would win over those
        return new SpringApplicationBuilder(MatBankApplication.class)
                .run("--matbank.data-dir=" + dataDir.toAbsolutePath(), "--server.port=0", "--matbank.db.url=");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static HttpResponse<String> send(int port, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void writtenInTheFirstRunIsReadInTheSecond() throws Exception {
        String recordId;
        String templateId;
        try (ConfigurableApplicationContext first = start()) {
            int port = port(first);
            HttpResponse<String> template = send(port, "POST", "/api/templates", """
                    {"type":"property_template","name":"fatigue strength","uids":{"restart":"fatigue"},
                     "bounds":{"type":"real_bounds","lower_bound":0,"upper_bound":3000,"default_units":"MPa"}}""");
            assertThat(template.statusCode()).as(template.body()).isEqualTo(201);
            templateId = JSON.readTree(template.body()).path("id").asString();
            HttpResponse<String> created = send(port, "POST", "/api/records", """
                    {"type":"material_spec","name":"SCM435","uids":{"restart":"scm435"},"properties":[
                      {"name":"fatigue strength","template":{"scope":"restart","id":"fatigue"},
                       "value":{"type":"nominal_real","nominal":560,"units":"MPa"}}]}""");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            recordId = JSON.readTree(created.body()).path("objects").path(0).path("id").asString();
            HttpResponse<String> updated = send(port, "PUT", "/api/records/" + recordId, """
                    {"version":1,"type":"material_spec","name":"SCM435","uids":{"restart":"scm435"},"properties":[
                      {"name":"fatigue strength","template":{"scope":"restart","id":"fatigue"},
                       "value":{"type":"nominal_real","nominal":575,"units":"MPa"}}]}""");
            assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        }
        assertThat(Files.exists(dataDir.resolve("postgres"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            int port = port(second);
            HttpResponse<String> read = send(port, "GET", "/api/records/" + recordId, null);
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            JsonNode record = JSON.readTree(read.body());
            assertThat(record.path("version").asInt()).isEqualTo(2);
            assertThat(record.path("properties").path(0).path("value").path("nominal").asDouble()).isEqualTo(575);
            assertThat(record.path("properties").path(0).path("si").path("value").asDouble()).isEqualTo(5.75e8);
            JsonNode first = JSON.readTree(send(port, "GET", "/api/records/" + recordId + "/versions/1", null).body());
            assertThat(first.path("properties").path(0).path("value").path("nominal").asDouble()).isEqualTo(560);
            assertThat(send(port, "GET", "/api/templates/" + templateId, null).statusCode()).isEqualTo(200);
            // external ids survive too: the same id is still taken
            HttpResponse<String> duplicate = send(port, "POST", "/api/records", """
                    {"type":"material_spec","name":"SCM435 again","uids":{"restart":"scm435"}}""");
            assertThat(duplicate.statusCode()).as(duplicate.body()).isEqualTo(409);
        }
    }
}
