package org.matbank.access;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matbank.HttpApiTest.Answer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a browser does for sign-in, over plain HTTP: keeps cookies, reads the CSRF token from the
 * sign-in form, posts the form, and sends the session's requests from one client address (in
 * X-Forwarded-For, which the test server trusts from localhost as a proxy's).
 */
public final class BrowserSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final String address;
    private final HttpClient http;

    public BrowserSession(int port, String address) {
        this.port = port;
        this.address = address;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The outcome of posting the sign-in form: its status and where it sends the browser next. */
    public record SignIn(int status, String location) {

        public boolean succeeded() {
            return status == 302 && location != null && !location.contains("error");
        }
    }

    /** Opens the sign-in page and posts the form, as a person would (extra headers as name, value pairs). */
    public SignIn signIn(String login, String password, String... headers) {
        HttpResponse<String> page = exchange(request("/login").GET());
        Matcher csrf = CSRF_FIELD.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF field in the sign-in page: " + page.body());
        }
        String form = "username=" + enc(login) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpRequest.Builder post = request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            post.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> answer = exchange(post);
        return new SignIn(answer.statusCode(), answer.headers().firstValue("Location").orElse(null));
    }

    /** The CSRF header and token of the session, from GET /api/me. */
    public String[] csrfHeader() {
        JsonNode csrf = get("/api/me").body().path("csrf");
        return new String[] {csrf.path("header").asString(), csrf.path("token").asString()};
    }

    public Answer get(String path) {
        return answer(exchange(request(path).GET()));
    }

    public Answer send(String method, String path, String json, String... headers) {
        HttpRequest.Builder b = request(path).method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return answer(exchange(b));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofMinutes(1))
                .header("X-Forwarded-For", address);
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer answer(HttpResponse<String> r) {
        JsonNode body;
        try {
            body = r.body() == null || r.body().isBlank() ? JSON.missingNode() : JSON.readTree(r.body());
        } catch (RuntimeException notJson) {
            body = JSON.missingNode();
        }
        return new Answer(r.statusCode(), body, r.body(), r.headers().firstValue("Content-Type").orElse(""));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
