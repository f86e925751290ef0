package org.matbank.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matbank.access.TokenTestSupport.bearer;
import static org.matbank.access.TokenTestSupport.issue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What an administrator finds in the audit log after sign-ins and changes to tokens and accounts:
 * who, from which address, what, to what, and never a password or a token's secret. Shares
 * {@link SignInApiTest}'s server (same properties), where client addresses come in X-Forwarded-For.
 */
@TestPropertySource(properties = {"server.forward-headers-strategy=native", "matbank.sign-in.attempts-per-minute=10"})
class AuditApiTest extends HttpApiTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    TokenService tokens;

    private String s;
    private String[] admin;
    private Instant start;

    @BeforeEach
    void setUp() {
        s = unique();
        admin = bearer(issue(tokens, "auditor " + s, "admin").secret());
        start = Instant.now().minusSeconds(1);
    }

    /** A client address no other test uses, so its sign-in attempts and events are its own. */
    private static String address() {
        int n = ADDRESSES.getAndIncrement();
        return "10.30." + (n / 250) + "." + (n % 250 + 1);
    }

    private JsonNode createUser(String login, boolean administrator) {
        Answer user = send("POST", "/api/users", """
                {"login":"%s","password":"%s","administrator":%s}""".formatted(login, PASSWORD, administrator), admin);
        assertThat(user.status()).as("%s", user).isEqualTo(201);
        return user.body();
    }

    /** The events of one action family since the test began, newest first, read as an administrator reads them. */
    private List<JsonNode> events(String action) {
        Answer page = send("GET", "/api/audit?limit=1000&action=" + action + "&since=" + start, null, admin);
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        return page.body().path("events").values().stream().toList();
    }

    private static List<JsonNode> about(List<JsonNode> events, String text) {
        return events.stream().filter(e -> e.toString().contains(text)).toList();
    }

    @Test
    void signInsAreRecordedWithTheClientAddressAndNeverThePassword() {
        String login = "audit" + s;
        String userId = createUser(login, false).path("id").asString();
        String address = address();
        BrowserSession browser = new BrowserSession(port, address);

        assertThat(browser.signIn(login, "not my password at all").succeeded()).isFalse();
        assertThat(browser.signIn("nobody" + s, "typed into the wrong box").succeeded()).isFalse();
        assertThat(browser.signIn(login, PASSWORD).succeeded()).isTrue();

        List<JsonNode> mine = events("sign-in").stream().filter(e -> address.equals(e.path("address").asString())).toList();
        assertThat(mine).extracting(e -> e.path("action").asString())
                .containsExactly("sign-in.succeeded", "sign-in.failed", "sign-in.failed");
        JsonNode succeeded = mine.get(0);
        assertThat(succeeded.path("actor").asString()).isEqualTo("user '" + login + "' (signed in)");
        assertThat(succeeded.path("actor_user_id").asString()).isEqualTo(userId);
        assertThat(succeeded.path("target").asString()).contains(login).contains(userId);
        JsonNode unknown = mine.get(1);
        assertThat(unknown.path("actor").asString()).isEqualTo("anonymous");
        assertThat(unknown.path("target").isNull()).isTrue();
        assertThat(unknown.path("detail").path("reason").asString()).isEqualTo("unknown login");
        JsonNode wrong = mine.get(2);
        assertThat(wrong.path("target").asString()).contains(login);
        assertThat(wrong.path("detail").path("reason").asString()).isEqualTo("wrong password");
        assertThat(mine.toString()).doesNotContain("not my password at all").doesNotContain("typed into the wrong box")
                .doesNotContain(PASSWORD).doesNotContain("nobody" + s);
    }

    @Test
    void aFloodOfSignInsFromOneAddressIsRecordedOnceNotPerAttempt() {
        String address = address();
        BrowserSession attacker = new BrowserSession(port, address);
        for (int i = 0; i < 14; i++) {
            attacker.signIn("guess" + i + s, "password " + i);
        }

        List<JsonNode> refused = events("sign-in.refused").stream()
                .filter(e -> address.equals(e.path("address").asString())).toList();

        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).path("detail").path("reason").asString()).isEqualTo("rate limit");
        assertThat(refused.get(0).path("detail").path("limit_per_minute").asInt()).isEqualTo(10);
    }

    @Test
    void tokensCreatedAndRevokedAreRecordedWithWhoDidItButNeverTheSecret() {
        Answer created = send("POST", "/api/tokens", """
                {"name":"ci %s","owner":"kim.minji","scopes":["read","write"],"expires_in_days":30}""".formatted(s), admin);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.body().path("token").path("id").asString();
        String secret = created.body().path("secret").asString();
        assertThat(send("DELETE", "/api/tokens/" + id + "?reason=laptop%20lost", null, admin).status()).isEqualTo(200);

        List<JsonNode> events = about(events("token"), id);

        assertThat(events).extracting(e -> e.path("action").asString()).containsExactly("token.revoked", "token.created");
        JsonNode made = events.get(1);
        assertThat(made.path("actor").asString()).isEqualTo("token 'auditor " + s + "' of tester");
        assertThat(made.path("target").asString()).isEqualTo("token 'ci " + s + "' (" + id + ")");
        assertThat(made.path("detail").path("owner").asString()).isEqualTo("kim.minji");
        assertThat(made.path("detail").path("scopes").toString()).isEqualTo("[\"read\",\"write\"]");
        assertThat(events.get(0).path("detail").path("reason").asString()).isEqualTo("laptop lost");
        assertThat(events.toString()).doesNotContain(secret).doesNotContain(secret.substring(4))
                .doesNotContain(org.matbank.shared.Sha256.of(secret.getBytes()));
    }

    @Test
    void accountChangesAreRecordedAndTheUsersPasswordIsNot() {
        String login = "kang" + s;
        String userId = createUser(login, true).path("id").asString();
        Answer org = send("POST", "/api/organisations", """
                {"name":"KIMS %s","kind":"institute","country":"KR"}""".formatted(s), admin);
        String orgId = org.body().path("id").asString();
        send("POST", "/api/organisations/" + orgId + "/verification", "{\"verified\":true}", admin);
        send("POST", "/api/users/" + userId + "/disable", "{\"reason\":\"left the institute\"}", admin);

        List<JsonNode> user = about(events("user"), userId);
        List<JsonNode> organisation = about(events("organisation"), orgId);

        assertThat(user).extracting(e -> e.path("action").asString()).containsExactly("user.disabled", "user.created");
        assertThat(user.get(1).path("detail").path("administrator").asBoolean()).as("a permission given is recorded").isTrue();
        assertThat(user.get(0).path("detail").path("reason").asString()).isEqualTo("left the institute");
        assertThat(user).allSatisfy(e -> assertThat(e.path("actor").asString()).isEqualTo("token 'auditor " + s + "' of tester"));
        assertThat(user.toString()).doesNotContain(PASSWORD).doesNotContain("argon2");
        assertThat(organisation).extracting(e -> e.path("action").asString())
                .containsExactly("organisation.verified", "organisation.created");
    }

    @Test
    void eventsArePagedNewestFirst() {
        for (int i = 0; i < 5; i++) {
            createUser("page" + i + s, false);
        }

        Answer first = send("GET", "/api/audit?action=user.created&limit=3&since=" + start, null, admin);
        long before = first.body().path("next_before").asLong();
        Answer second = send("GET", "/api/audit?action=user.created&limit=3&since=" + start + "&before=" + before, null, admin);

        List<Long> seqs = new java.util.ArrayList<>();
        first.body().path("events").values().forEach(e -> seqs.add(e.path("seq").asLong()));
        second.body().path("events").values().forEach(e -> seqs.add(e.path("seq").asLong()));
        assertThat(seqs).hasSizeGreaterThanOrEqualTo(5).isSortedAccordingTo(java.util.Comparator.reverseOrder())
                .doesNotHaveDuplicates();
        assertThat(first.text() + second.text()).contains("page0" + s).contains("page4" + s);
        assertRefused(send("GET", "/api/audit?limit=0", null, admin), 422, "audit.limit.range");
        assertRefused(send("GET", "/api/audit?since=yesterday", null, admin), 422, "audit.since.format");
    }

    @Test
    void theApiDescriptionExplainsTheAuditLogAndTheHeadToNote() {
        JsonNode paths = get("/v3/api-docs").body().path("paths");

        assertThat(paths.path("/api/audit").path("get").path("description").asString()).contains("sign-in.failed");
        assertThat(paths.path("/api/audit/verify").path("get").path("description").asString()).contains("head_hash");
    }

    @Test
    void onlyAnAdministratorReadsOrVerifiesTheAuditLog() {
        String login = "nosy" + s;
        createUser(login, false);
        BrowserSession browser = new BrowserSession(port, address());
        assertThat(browser.signIn(login, PASSWORD).succeeded()).isTrue();
        String[] writer = bearer(issue(tokens, "writer " + s, "read", "write").secret());

        for (String path : List.of("/api/audit", "/api/audit/verify")) {
            assertRefused(get(path), 401, "token.missing");
            assertRefused(send("GET", path, null, writer), 403, "token.scope.missing");
            assertRefused(browser.get(path), 403, "token.scope.missing");
            assertThat(send("GET", path, null, admin).status()).isEqualTo(200);
        }
        JsonNode verified = send("GET", "/api/audit/verify", null, admin).body();
        assertThat(verified.path("ok").asBoolean()).as("%s", verified).isTrue();
        assertThat(verified.path("checked").asLong()).isEqualTo(verified.path("head_seq").asLong());
        // the head an operator notes elsewhere is the log's last event
        String head = jdbc.sql("select seq || ' ' || hash from audit_event order by seq desc limit 1").query(String.class).single();
        assertThat(verified.path("head_seq").asLong() + " " + verified.path("head_hash").asString()).isEqualTo(head);
    }
}
