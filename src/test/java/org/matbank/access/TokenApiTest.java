package org.matbank.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.matbank.access.TokenTestSupport.bearer;
import static org.matbank.access.TokenTestSupport.issue;
import static org.matbank.access.TokenTestSupport.template;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.matbank.shared.Sha256;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * API tokens in the default, local single-user mode (anonymous writes allowed): creating, listing
 * and revoking them over REST, and what a request with a good or a bad token gets.
 */
class TokenApiTest extends HttpApiTest {

    @Autowired
    TokenService tokens;

    private String s;
    private String[] admin;

    @BeforeEach
    void adminToken() {
        s = unique();
        admin = bearer(issue(tokens, "admin " + s, "admin").secret());
    }

    private Answer createOverHttp(String json, String... headers) {
        return send("POST", "/api/tokens", json, headers);
    }

    @Test
    void aCreatedTokenIsListedButItsSecretIsShownOnceAndNeverStored() {
        Answer created = createOverHttp("""
                {"name":"ci %s","owner":"kim.minji","scopes":["read","write"],"expires_in_days":90}""".formatted(s), admin);

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String secret = created.body().path("secret").asString();
        assertThat(secret).startsWith("mbk_").hasSize(4 + 43);
        JsonNode token = created.body().path("token");
        String id = token.path("id").asString();
        assertThat(token.path("name").asString()).isEqualTo("ci " + s);
        assertThat(token.path("scopes").values()).extracting(JsonNode::asString).containsExactly("read", "write");
        assertThat(token.path("status").asString()).isEqualTo("active");
        Instant expires = Instant.parse(token.path("expires_at").asString());
        assertThat(expires).isBetween(Instant.now().plus(89, ChronoUnit.DAYS), Instant.now().plus(91, ChronoUnit.DAYS));

        Answer list = send("GET", "/api/tokens", null, admin);
        assertThat(list.status()).isEqualTo(200);
        JsonNode listed = list.body().values().stream().filter(t -> t.path("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(listed.path("owner").asString()).isEqualTo("kim.minji");
        assertThat(listed.has("secret")).isFalse();
        assertThat(list.text()).doesNotContain(secret).doesNotContain(Sha256.of(secret.getBytes()));
        assertThat(send("GET", "/api/tokens/" + id, null, admin).text()).doesNotContain(secret);

        // the table keeps the hash, and the secret appears nowhere in the row
        String row = jdbc.sql("select t::text from api_token t where id = ?").param(UUID.fromString(id)).query(String.class).single();
        assertThat(row).doesNotContain(secret).doesNotContain(secret.substring(4));
        assertThat(jdbc.sql("select token_hash from api_token where id = ?").param(UUID.fromString(id)).query(String.class).single())
                .isEqualTo(Sha256.of(secret.getBytes()));
    }

    @Test
    void aWriteTokenWritesAndItsUseIsNoted() {
        IssuedToken writer = issue(tokens, "writer " + s, "write");
        assertThat(writer.token().lastUsedAt()).isNull();

        Answer created = send("POST", "/api/templates", template("hardness " + s), bearer(writer.secret()));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(get("/api/templates/" + created.body().path("id").asString()).status()).isEqualTo(200);
        assertThat(tokens.get(writer.token().id()).lastUsedAt()).isCloseTo(Instant.now(), within(60, ChronoUnit.SECONDS));
    }

    @Test
    void lastUseIsWrittenAtMostOnceAMinute() {
        IssuedToken reader = issue(tokens, "reader " + s, "read");
        UUID id = reader.token().id();
        Instant twoMinutesAgo = Instant.now().minus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        setLastUsed(id, twoMinutesAgo);

        assertThat(send("GET", "/api/templates?type=property_template", null, bearer(reader.secret())).status()).isEqualTo(200);
        Instant first = tokens.get(id).lastUsedAt();
        assertThat(first).isAfter(twoMinutesAgo.plusSeconds(60));

        setLastUsed(id, first.minusSeconds(30));  // used 30 s ago: not written again
        assertThat(send("GET", "/api/templates?type=property_template", null, bearer(reader.secret())).status()).isEqualTo(200);
        assertThat(tokens.get(id).lastUsedAt()).isEqualTo(first.minusSeconds(30));
    }

    @Test
    void anExpiredTokenIs401NamingWhenItExpired() {
        IssuedToken token = issue(tokens, "short-lived " + s, "write");
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        jdbc.sql("update api_token set expires_at = ? where id = ?").params(Timestamp.from(yesterday), token.token().id()).update();
        Map<String, Long> before = rowCounts();

        Answer refused = send("POST", "/api/templates", template("expired " + s), bearer(token.secret()));

        JsonNode violation = assertRefused(refused, 401, "token.expired");
        assertThat(violation.path("message").asString()).isEqualTo("token expired at " + yesterday);
        assertThat(refused.body().path("detail").asString()).isEqualTo("token expired at " + yesterday);
        assertNothingWritten(before);
        // a read with it is refused too: a bad token is never taken for no token
        assertRefused(send("GET", "/api/templates", null, bearer(token.secret())), 401, "token.expired");
        assertThat(tokens.get(token.token().id()).status()).isEqualTo("expired");
    }

    @Test
    void aRevokedTokenIs401NamingTheReason() {
        IssuedToken token = issue(tokens, "laptop " + s, "write");
        assertThat(send("GET", "/api/templates", null, bearer(token.secret())).status()).isEqualTo(200);

        Answer revoked = send("DELETE", "/api/tokens/" + token.token().id() + "?reason=laptop%20lost", null, admin);
        assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);
        assertThat(revoked.body().path("status").asString()).isEqualTo("revoked");
        assertThat(revoked.body().path("revoked_reason").asString()).isEqualTo("laptop lost");

        Map<String, Long> before = rowCounts();
        Answer refused = send("POST", "/api/templates", template("revoked " + s), bearer(token.secret()));
        JsonNode violation = assertRefused(refused, 401, "token.revoked");
        assertThat(violation.path("message").asString()).isEqualTo("token revoked: laptop lost");
        assertThat(refused.text()).doesNotContain(token.secret());
        assertNothingWritten(before);
        assertRefused(send("GET", "/api/records", null, bearer(token.secret())), 401, "token.revoked");

        // revoking twice keeps the first reason
        Answer again = send("DELETE", "/api/tokens/" + token.token().id() + "?reason=again", null, admin);
        assertRefused(again, 409, "token.revoked");
        assertThat(tokens.get(token.token().id()).revokedReason()).isEqualTo("laptop lost");
    }

    @Test
    void revokingNeedsAReasonAndAKnownToken() {
        IssuedToken token = issue(tokens, "kept " + s, "read");

        assertRefused(send("DELETE", "/api/tokens/" + token.token().id(), null, admin), 422, "token.reason.missing");
        assertThat(tokens.get(token.token().id()).status()).isEqualTo("active");
        assertRefused(send("DELETE", "/api/tokens/" + UUID.randomUUID() + "?reason=x", null, admin), 404, "token.unknown");
    }

    @Test
    void anUnknownTokenIs401EvenWhereNoTokenIsNeeded() {
        Answer refused = send("GET", "/api/templates", null, bearer("mbk_" + "A".repeat(43)));

        JsonNode violation = assertRefused(refused, 401, "token.unknown");
        assertThat(violation.path("message").asString()).isEqualTo("unknown token");
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body().path("status").asInt()).isEqualTo(401);
        assertRefused(send("GET", "/api/templates", null, bearer("not-a-matbank-token")), 401, "token.unknown");
        assertRefused(send("GET", "/api/templates", null, "Authorization", "Basic dXNlcjpwYXNz"), 401, "token.scheme");
        // and without a token the same read works (local mode)
        assertThat(get("/api/templates").status()).isEqualTo(200);
    }

    @Test
    void aReadOnlyTokenOnAWriteIs403NamingTheMissingScope() {
        IssuedToken reader = issue(tokens, "reader " + s, "read");
        Map<String, Long> before = rowCounts();

        Answer refused = send("POST", "/api/templates", template("read-only " + s), bearer(reader.secret()));

        JsonNode violation = assertRefused(refused, 403, "token.scope.missing");
        assertThat(violation.path("value").asString()).isEqualTo("write");
        assertThat(violation.path("message").asString()).contains("needs scope write").contains("token 'reader " + s + "' of tester has read");
        assertNothingWritten(before);
        // the same write without any token is allowed in local mode: a token only ever narrows what a caller may do
        assertThat(post("/api/templates", template("anonymous " + s)).status()).isEqualTo(201);
    }

    @Test
    void tokensNeedAnAdminToken() {
        IssuedToken writer = issue(tokens, "writer " + s, "write");
        Map<String, Long> before = rowCounts();
        String request = """
                {"name":"sneaky %s","owner":"x","scopes":["admin"]}""".formatted(s);

        assertRefused(createOverHttp(request), 401, "token.missing");
        JsonNode violation = assertRefused(createOverHttp(request, bearer(writer.secret())), 403, "token.scope.missing");
        assertThat(violation.path("value").asString()).isEqualTo("admin");
        assertNothingWritten(before);
        assertRefused(send("GET", "/api/tokens", null), 401, "token.missing");
        assertRefused(send("GET", "/api/tokens", null, bearer(writer.secret())), 403, "token.scope.missing");
        Answer revoke = send("DELETE", "/api/tokens/" + writer.token().id() + "?reason=x", null, bearer(writer.secret()));
        assertRefused(revoke, 403, "token.scope.missing");
        assertThat(tokens.get(writer.token().id()).status()).isEqualTo("active");
    }

    @Test
    void anUnauthorizedAnswerSaysHowToAuthenticate() throws Exception {
        HttpResponse<String> refused = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tokens")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(JSON.readTree(refused.body()).path("detail").asString()).contains("scope admin").contains("Authorization: Bearer");
    }

    @Test
    void aBadTokenRequestIs422NamingEveryProblem() {
        Map<String, Long> before = rowCounts();

        Answer refused = createOverHttp("""
                {"name":" ","owner":"kim","scopes":["read","delete"],"expires_in_days":0}""", admin);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.rules()).containsExactlyInAnyOrder("token.name.missing", "token.scope.unknown", "token.expiry.range");
        assertThat(refused.errors()).extracting(e -> e.path("path").asString()).contains("scopes[1]", "expires_in_days");
        assertNothingWritten(before);
        assertRefused(createOverHttp("{\"name\":\"x\",\"owner\":\"y\",\"scopes\":[]}", admin), 422, "token.scopes.missing");
    }

    @Test
    void theApiDescriptionDocumentsTokens() {
        JsonNode api = get("/v3/api-docs").body();

        assertThat(api.path("paths").has("/api/tokens")).isTrue();
        assertThat(api.path("paths").path("/api/tokens/{id}").has("delete")).isTrue();
        assertThat(api.path("components").path("securitySchemes").path("token").path("scheme").asString()).isEqualTo("bearer");
        assertThat(api.path("components").path("schemas").path("TokenRequest").path("example").isMissingNode()).isFalse();
    }

    private void setLastUsed(UUID id, Instant at) {
        jdbc.sql("update api_token set last_used_at = ? where id = ?").params(Timestamp.from(at), id).update();
    }
}
