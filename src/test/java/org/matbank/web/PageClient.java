package org.matbank.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends page forms as a browser without script would: keeps the session cookie and returns the
 * CSRF token the last page carried (its meta tag) with every post, as the form's hidden field.
 * Redirects are not followed, so a test sees where a page sends the user.
 */
final class PageClient {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

    /** An answer: status, body, and the Location of a redirect. */
    record Page(int status, String body, String location) {
    }

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private final String language;
    private String token;

    PageClient(int port, String language) {
        this.port = port;
        this.language = language;
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Posts a form given as name, value, name, value...; a name may come several times. */
    Page post(String path, List<String> form) {
        List<String> pairs = new ArrayList<>(form);
        if (token != null) {
            pairs.add("_csrf");
            pairs.add(token);
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(pairs.get(i), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(pairs.get(i + 1), StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = http.send(request.header("Accept-Language", language).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher m = TOKEN.matcher(answer.body());
            if (m.find()) {
                token = m.group(1);
            }
            return new Page(answer.statusCode(), answer.body(), answer.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
