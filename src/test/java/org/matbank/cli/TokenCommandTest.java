package org.matbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matbank.MatBankApplication;
import org.matbank.access.BrowserSession;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an operator gets the first admin token: {@code matbank token create} on the data folder
 * prints a secret that a server started on that folder then accepts; {@code list} and
 * {@code revoke} work on the same folder.
 */
class TokenCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    private CliRun matbank(String... arguments) {
        return CliRun.matbank(dataDir, arguments);
    }

    private static HttpResponse<String> send(int port, String method, String path, String json, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + secret).header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theFirstAdminTokenComesFromTheCommandLine() throws Exception {
        CliRun created = matbank("token", "create", "--name", "first admin", "--owner", "operator", "--scope", "admin",
                "--expires-in-days", "30");

        assertThat(created.exitCode()).as(created.err()).isZero();
        String secret = created.out().strip();
        assertThat(secret).as("standard output is the secret alone").matches("mbk_[A-Za-z0-9_-]{43}");
        assertThat(created.err()).contains("'first admin'").contains("shown only this once").doesNotContain(secret);

        String id;
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(MatBankApplication.class)
                .run("--matbank.data-dir=" + dataDir.toAbsolutePath(), "--server.port=0", "--matbank.db.url=",
                        "--matbank.access.anonymous-write=false")) {
            int port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
            HttpResponse<String> list = send(port, "GET", "/api/tokens", null, secret);
            assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
            JsonNode token = JSON.readTree(list.body()).path(0);
            assertThat(token.path("name").asString()).isEqualTo("first admin");
            id = token.path("id").asString();
            HttpResponse<String> write = send(port, "POST", "/api/templates", """
                    {"type":"property_template","name":"hardness",
                     "bounds":{"type":"real_bounds","lower_bound":0,"upper_bound":5000,"default_units":"MPa"}}""", secret);
            assertThat(write.statusCode()).as("admin implies write: %s", write.body()).isEqualTo(201);
        }

        CliRun revoked = matbank("token", "revoke", id, "--reason", "handed over to the lab");
        assertThat(revoked.exitCode()).as(revoked.err()).isZero();
        assertThat(revoked.out()).contains("Revoked token 'first admin'").contains("handed over to the lab");

        CliRun list = matbank("token", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains(id).contains("first admin").contains("operator").contains("revoked")
                .contains("handed over to the lab").doesNotContain(secret);
    }

    @Test
    void aLostAdministratorPasswordIsResetFromTheCommandLine() {
        CliRun reset = matbank("user", "reset-password", "ADMIN");
        CliRun unknown = matbank("user", "reset-password", "nobody");

        assertThat(reset.exitCode()).as(reset.err()).isZero();
        String password = reset.out().substring(reset.out().indexOf("):") + 2).strip();
        assertThat(password).matches("[A-Za-z0-9]{20}");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("nobody");
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(MatBankApplication.class)
                .run("--matbank.data-dir=" + dataDir.toAbsolutePath(), "--server.port=0", "--matbank.db.url=")) {
            int port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
            BrowserSession browser = new BrowserSession(port, "127.0.0.1");
            assertThat(browser.signIn("admin", "not it at all").succeeded()).isFalse();
            assertThat(browser.signIn("admin", password).succeeded()).isTrue();
            assertThat(browser.get("/api/me").body().path("scopes").toString()).isEqualTo("[\"admin\"]");
        }
    }
}
