package org.matbank.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matbank.access.TokenTestSupport.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.matbank.access.DatasetPeople.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The authorisation matrix of the endpoints that are not about one dataset, on a shared server
 * ({@code matbank.access.anonymous-write=false}): for anonymous callers, a read-only token, a
 * user's write token and an administrator's token, which requests get past the access rules
 * (anything but 401 and 403; a bad body then gets its own 4xx). The dataset endpoints have their
 * own matrix ({@code AuthorisationMatrixApiTest}).
 */
@TestPropertySource(properties = "matbank.access.anonymous-write=false")
class EndpointMatrixApiTest extends HttpApiTest {

    private static final String ALL = "anonymous reader writer admin";
    private static final String WRITERS = "writer admin";
    private static final String ADMIN = "admin";

    @Autowired
    AccountService accounts;
    @Autowired
    TokenService tokens;

    private record Probe(String method, String path, String body, String allowed) {
    }

    @Test
    void everyEndpointLetsThroughExactlyTheCallersItShould() {
        String s = unique();
        DatasetPeople people = new DatasetPeople(accounts, tokens, s);
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("reader", "Bearer " + tokens.create(new TokenRequest("reader " + s, "a service", List.of("read"), null)).secret());
        Person writer = people.user("writer");
        callers.put("writer", writer.authorization());
        callers.put("admin", people.admin().authorization());
        List<Probe> probes = List.of(
                new Probe("GET", "/api/templates", null, ALL),
                new Probe("POST", "/api/templates", template("matrix " + s), WRITERS),
                new Probe("GET", "/api/records", null, ALL),
                new Probe("POST", "/api/records", "{\"type\":\"material_spec\",\"name\":\"matrix\"}", WRITERS),
                new Probe("GET", "/api/search?text=" + s, null, ALL),
                new Probe("GET", "/api/search/export?format=csv&text=" + s, null, ALL),
                new Probe("POST", "/api/search/rebuild", null, ADMIN),
                new Probe("GET", "/api/tokens", null, ADMIN),
                new Probe("POST", "/api/tokens", "{}", ADMIN),
                new Probe("GET", "/api/users", null, ADMIN),
                new Probe("POST", "/api/users", "{}", ADMIN),
                new Probe("GET", "/api/organisations", null, ALL),
                new Probe("POST", "/api/organisations", "{}", ADMIN),
                new Probe("GET", "/api/audit", null, ADMIN),
                new Probe("GET", "/api/audit/verify", null, ADMIN),
                new Probe("GET", "/api/exports", null, ADMIN),
                new Probe("GET", "/api/export/matbank-json", null, ADMIN),
                new Probe("GET", "/api/releases", null, ALL),
                new Probe("POST", "/api/releases", "{}", WRITERS),
                new Probe("GET", "/api/tables", null, ALL),
                new Probe("POST", "/api/tables", "{}", WRITERS),
                new Probe("GET", "/api/imports", null, ALL),
                new Probe("POST", "/api/gemd/import", "{}", WRITERS),
                new Probe("GET", "/api/datasets", null, ALL),
                // a dataset is owned by a person: a service token, even an administrator's, cannot
                new Probe("POST", "/api/datasets", "{\"name\":\"matrix " + s + "\"}", "writer"),
                new Probe("GET", "/api/me", null, ALL),
                // only a password session makes tokens for itself: no token can
                new Probe("POST", "/api/me/tokens", "{\"name\":\"more\",\"scopes\":[\"read\"]}", ""));

        List<String> differences = new ArrayList<>();
        for (Probe probe : probes) {
            Set<String> allowed = new TreeSet<>();
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                String[] headers = caller.getValue() == null ? new String[0] : new String[] {"Authorization", caller.getValue()};
                int status = probe.path().startsWith("/api/export") || probe.path().contains("/export?")
                        ? download(probe.path(), headers).statusCode()
                        : send(probe.method(), probe.path(), probe.body(), headers).status();
                if (status != 401 && status != 403) {
                    allowed.add(caller.getKey());
                }
            }
            Set<String> expected = new TreeSet<>(List.of(probe.allowed().split(" ")));
            expected.remove("");
            if (!allowed.equals(expected)) {
                differences.add(probe.method() + " " + probe.path() + ": allowed " + allowed + ", expected " + expected);
            }
        }
        Answer upload = postParts("/api/imports", new Part("file", "one.json", "{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(upload.status()).as("an anonymous upload on a shared server").isEqualTo(401);
        assertThat(postParts("/api/imports", writer.header(), new Part("file", "one.json",
                ("{\"type\":\"material_spec\",\"name\":\"uploaded " + s + "\"}").getBytes(StandardCharsets.UTF_8))).status())
                .isEqualTo(202);
        assertThat(differences).as("endpoints whose allowed callers differ from the rules").isEmpty();
    }
}
