package org.matbank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of every test that talks to MatBank over real HTTP. All subclasses share one Spring
 * context (same annotations, same properties), hence one embedded PostgreSQL, so each test names
 * its templates and external ids with a fresh suffix and checks row counts as differences.
 */
@SpringBootTest(classes = MatBankApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"matbank.db.ephemeral=true", "matbank.data-dir=${java.io.tmpdir}/matbank-test-unused"})
public abstract class HttpApiTest {

    /** Tables a write may touch; "nothing written" means none of their row counts changed. */
    private static final List<String> TABLES = List.of("template", "template_uid", "record_object", "record_version",
            "record_uid", "history_edge", "attribute_value", "stored_file", "api_token", "organisation", "app_user", "design", "design_round",
            "design_spec");

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    /** A status and the parsed JSON body (a missing node when the body is empty or not JSON). */
    public record Answer(int status, JsonNode body, String text, String contentType) {

        /** The violation list of a refused request. */
        public List<JsonNode> errors() {
            List<JsonNode> errors = new ArrayList<>();
            body.path("errors").values().forEach(errors::add);
            return errors;
        }

        public List<String> rules() {
            return errors().stream().map(e -> e.path("rule").asString()).toList();
        }

        /** The one stored object of a single create. */
        public JsonNode object() {
            return body.path("objects").path(0);
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    protected Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    protected Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    protected Answer put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /**
     * Any method, with a JSON body (null for none) and extra headers given as name, value pairs,
     * e.g. {@code send("DELETE", "/api/tokens/" + id, null, "Authorization", "Bearer " + secret)}.
     */
    protected Answer send(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** A file part of a multipart request. */
    public record Part(String name, String filename, byte[] content) {
    }

    /** POSTs a multipart form of file parts to {@code path} (query parameters go in the path). */
    protected Answer postParts(String path, Part... parts) {
        return postParts(path, new String[0], parts);
    }

    /** Like {@link #postParts(String, Part...)}, with extra headers as name, value pairs. */
    protected Answer postParts(String path, String[] headers, Part... parts) {
        String boundary = "----matbank" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\"; filename=\""
                    + part.filename() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    protected Answer upload(String filename, String mediaType, byte[] content) {
        String boundary = "----matbank" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/files"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    protected HttpResponse<byte[]> download(String path, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), parse(response.body()), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? JSON.missingNode() : JSON.readTree(text);
        } catch (RuntimeException e) {
            return JSON.missingNode();
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    // ---- fixtures -------------------------------------------------------------------------

    /** A fresh suffix, so that names and external ids of one test never meet another test's. */
    protected static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The JSON of a link to a platform id. */
    protected static String link(String id) {
        return "{\"scope\":\"matbank\",\"id\":\"" + id + "\"}";
    }

    /** Creates an attribute template and returns its id. */
    protected String attributeTemplate(String type, String name, String boundsJson) {
        Answer created = post("/api/templates", """
                {"type":"%s","name":"%s","bounds":%s}""".formatted(type, name, boundsJson));
        assertThat(created.status()).as("creating template %s: %s", name, created).isEqualTo(201);
        return created.body().path("id").asString();
    }

    protected String propertyTemplate(String name, String boundsJson) {
        return attributeTemplate("property_template", name, boundsJson);
    }

    /** A material spec with one property. */
    protected static String materialWithProperty(String name, String property, String templateId, String valueJson) {
        return """
                {"type":"material_spec","name":"%s","properties":[
                  {"name":"%s","template":%s,"origin":"measured","value":%s}]}"""
                .formatted(name, property, link(templateId), valueJson);
    }

    /** Row counts of every table a write touches. */
    protected Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    /** Asserts that a refused request left every table as it was. */
    protected void assertNothingWritten(Map<String, Long> before) {
        assertThat(rowCounts()).as("row counts after a refused request").isEqualTo(before);
    }

    /** JSON equality where 850 and 850.0 are the same number. */
    protected static boolean sameJson(JsonNode a, JsonNode b) {
        return a.equals((x, y) -> x.isNumber() && y.isNumber()
                ? Double.compare(x.doubleValue(), y.doubleValue()) : x.equals(y) ? 0 : 1, b);
    }

    /** Asserts the answer is a refusal with the given status, carrying a violation of the given rule. */
    protected static JsonNode assertRefused(Answer answer, int status, String rule) {
        assertThat(answer.status()).as("status of %s", answer).isEqualTo(status);
        assertThat(answer.contentType()).contains("json");
        assertThat(answer.rules()).as("rules of %s", answer).contains(rule);
        JsonNode violation = answer.errors().stream().filter(e -> rule.equals(e.path("rule").asString()))
                .findFirst().orElseThrow();
        assertThat(violation.has("path")).isTrue();
        assertThat(violation.has("value")).isTrue();
        assertThat(violation.path("message").asString()).isNotBlank();
        return violation;
    }
}
