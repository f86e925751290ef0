package org.matbank.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matbank.access.TokenTestSupport.bearer;
import static org.matbank.access.TokenTestSupport.issue;
import static org.matbank.access.TokenTestSupport.template;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * With {@code matbank.access.anonymous-write=false} (a shared server before accounts arrive): reads
 * stay open, every write needs a token with scope write. Runs in its own Spring context.
 */
@TestPropertySource(properties = "matbank.access.anonymous-write=false")
class AnonymousWriteOffApiTest extends HttpApiTest {

    @Autowired
    TokenService tokens;

    private String s;

    @BeforeEach
    void name() {
        s = unique();
    }

    @Test
    void aWriteWithoutATokenIs401AndWritesNothing() {
        Map<String, Long> before = rowCounts();

        Answer refused = post("/api/templates", template("anonymous " + s));

        JsonNode violation = assertRefused(refused, 401, "token.missing");
        assertThat(violation.path("message").asString()).contains("POST /api/templates needs a token with scope write");
        assertNothingWritten(before);
        assertRefused(upload("spectrum.csv", "text/csv", "1,2\n".getBytes()), 401, "token.missing");
        assertRefused(post("/api/records", "{\"type\":\"material_spec\",\"name\":\"steel " + s + "\"}"), 401, "token.missing");
        assertRefused(send("PUT", "/api/records/0198c5a0-6f1e-7c3a-9d2b-4e5f60718293", "{}"), 401, "token.missing");
        assertNothingWritten(before);
    }

    @Test
    void readsStayOpenWithoutAToken() {
        String id = send("POST", "/api/templates", template("readable " + s),
                bearer(issue(tokens, "writer " + s, "write").secret())).body().path("id").asString();

        assertThat(get("/api/templates/" + id).status()).isEqualTo(200);
        assertThat(get("/api/records").status()).isEqualTo(200);
    }

    @Test
    void aWriteTokenAndAnAdminTokenMayWrite() {
        Answer byWriter = send("POST", "/api/templates", template("by writer " + s), bearer(issue(tokens, "w " + s, "write").secret()));
        Answer byAdmin = send("POST", "/api/templates", template("by admin " + s), bearer(issue(tokens, "a " + s, "admin").secret()));

        assertThat(byWriter.status()).as("%s", byWriter).isEqualTo(201);
        assertThat(byAdmin.status()).as("%s", byAdmin).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from template where name in (?, ?)").params("by writer " + s, "by admin " + s)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aReadOnlyTokenOnAWriteIs403() {
        String reader = issue(tokens, "reader " + s, "read").secret();
        Map<String, Long> before = rowCounts();

        Answer refused = send("POST", "/api/templates", template("read-only " + s), bearer(reader));

        JsonNode violation = assertRefused(refused, 403, "token.scope.missing");
        assertThat(violation.path("value").asString()).isEqualTo("write");
        assertNothingWritten(before);
        assertThat(send("GET", "/api/templates", null, bearer(reader)).status()).isEqualTo(200);
    }

    @Test
    void tokensStillNeedAdmin() {
        String writer = issue(tokens, "writer " + s, "write").secret();

        assertRefused(send("GET", "/api/tokens", null), 401, "token.missing");
        assertRefused(send("GET", "/api/tokens", null, bearer(writer)), 403, "token.scope.missing");
    }
}
