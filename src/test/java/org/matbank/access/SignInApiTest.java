package org.matbank.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matbank.access.TokenTestSupport.bearer;
import static org.matbank.access.TokenTestSupport.issue;
import static org.matbank.access.TokenTestSupport.template;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Users sign in with a password through the sign-in form and are then known to the API; the
 * session's writes need its CSRF token; repeated failures lock an account, many attempts from one
 * address are slowed. Client addresses come in X-Forwarded-For, as behind a deployment's proxy.
 */
@TestPropertySource(properties = {"server.forward-headers-strategy=native", "matbank.sign-in.attempts-per-minute=10"})
class SignInApiTest extends HttpApiTest {

    static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    TokenService tokens;

    private String s;
    private String admin;

    @BeforeEach
    void setUp() {
        s = unique();
        admin = bearer(issue(tokens, "admin " + s, "admin").secret())[1];
    }

    /** A fresh client address, so that one test's attempts never count against another's. */
    private static String address() {
        int n = ADDRESSES.getAndIncrement();
        return "10.20." + (n / 250) + "." + (n % 250 + 1);
    }

    private BrowserSession browser() {
        return new BrowserSession(port, address());
    }

    /** Creates an organisation and a user in it through the API, as an administrator does. */
    private JsonNode user(String login, boolean administrator) {
        Answer org = send("POST", "/api/organisations", """
                {"name":"Org %s %s","kind":"institute","country":"kr"}""".formatted(login, s), "Authorization", admin);
        assertThat(org.status()).as("%s", org).isEqualTo(201);
        Answer user = send("POST", "/api/users", """
                {"login":"%s","display_name":"김민지","email":"%s@example.org","organisation_id":"%s","password":"%s","administrator":%s}"""
                .formatted(login, login, org.body().path("id").asString(), PASSWORD, administrator), "Authorization", admin);
        assertThat(user.status()).as("%s", user).isEqualTo(201);
        return user.body();
    }

    @Test
    void aUserSignsInAndTheApiKnowsWhoTheyAreAndTheirOrganisation() {
        String login = "kim" + s;
        JsonNode created = user(login, false);
        assertThat(created.toString()).doesNotContain(PASSWORD).doesNotContain("argon2").doesNotContain("password_hash");
        assertThat(jdbc.sql("select password_hash from app_user where login = ?").param(login).query(String.class).single())
                .startsWith("$argon2id$");

        BrowserSession browser = browser();
        assertThat(browser.get("/api/me").body().path("signed_in").asBoolean()).isFalse();
        BrowserSession.SignIn signIn = browser.signIn(login.toUpperCase(), PASSWORD);

        assertThat(signIn.succeeded()).as("%s", signIn).isTrue();
        JsonNode me = browser.get("/api/me").body();
        assertThat(me.path("signed_in").asBoolean()).isTrue();
        assertThat(me.path("via").asString()).isEqualTo("session");
        assertThat(me.path("user").path("login").asString()).isEqualTo(login);
        assertThat(me.path("user").path("display_name").asString()).isEqualTo("김민지");
        assertThat(me.path("organisation").path("country").asString()).isEqualTo("KR");
        assertThat(me.path("organisation").path("verified").asBoolean()).isFalse();
        assertThat(me.path("scopes").toString()).isEqualTo("[\"write\"]");
        assertThat(me.path("csrf").path("token").asString()).isNotBlank();

        assertRefused(browser.get("/api/users"), 403, "token.scope.missing");
        browser.send("POST", "/logout", null, browser.csrfHeader());
        assertThat(browser.get("/api/me").body().path("signed_in").asBoolean()).isFalse();
    }

    @Test
    void aWrongPasswordOrAnUnknownLoginDoesNotSignIn() {
        String login = "lee" + s;
        user(login, false);

        assertThat(browser().signIn(login, "not the password at all").location()).contains("error");
        assertThat(browser().signIn("nobody" + s, PASSWORD).location()).contains("error");
        assertThat(browser().signIn("admin", "admin").succeeded()).isFalse();
        assertThat(browser().signIn("admin", "password").succeeded()).isFalse();
    }

    @Test
    void aSessionWriteNeedsTheCsrfTokenAndATokenWriteDoesNot() {
        String login = "park" + s;
        user(login, false);
        BrowserSession browser = browser();
        assertThat(browser.signIn(login, PASSWORD).succeeded()).isTrue();
        Map<String, Long> before = rowCounts();

        Answer forged = browser.send("POST", "/api/templates", template("forged " + s));

        JsonNode violation = assertRefused(forged, 403, "csrf.token");
        assertThat(violation.path("message").asString()).contains("POST /api/templates").contains("CSRF");
        assertNothingWritten(before);
        Answer withToken = browser.send("POST", "/api/templates", template("from the page " + s), browser.csrfHeader());
        assertThat(withToken.status()).as("%s", withToken).isEqualTo(201);
        Answer script = send("POST", "/api/templates", template("from a script " + s), bearer(issue(tokens, "w" + s, "write").secret()));
        assertThat(script.status()).as("%s", script).isEqualTo(201);
    }

    @Test
    void fiveFailuresInARowLockTheAccountEvenAgainstTheRightPassword() {
        String login = "choi" + s;
        user(login, false);
        BrowserSession browser = browser();
        for (int i = 0; i < 5; i++) {
            assertThat(browser.signIn(login, "wrong password " + i).succeeded()).isFalse();
        }

        assertThat(browser.signIn(login, PASSWORD).succeeded()).as("right password on a locked account").isFalse();
        assertThat(jdbc.sql("select locked_until > now() + interval '14 minutes' from app_user where login = ?").param(login)
                .query(Boolean.class).single()).isTrue();

        jdbc.sql("update app_user set locked_until = now() - interval '1 second' where login = ?").param(login).update();
        assertThat(browser.signIn(login, PASSWORD).succeeded()).as("after the lock has run out").isTrue();
        assertThat(jdbc.sql("select failed_sign_ins from app_user where login = ?").param(login).query(Integer.class).single())
                .isZero();
    }

    @Test
    void moreThanTenAttemptsFromOneAddressInAMinuteAreAnswered429() {
        BrowserSession attacker = browser();
        for (int i = 0; i < 10; i++) {
            assertThat(attacker.signIn("guess" + i + s, "password " + i).status()).isEqualTo(302);
        }

        BrowserSession.SignIn eleventh = attacker.signIn("guess" + s, "password");

        assertThat(eleventh.status()).isEqualTo(429);
        // a browser's form post (it accepts HTML) goes back to the sign-in page, which says how long to wait
        BrowserSession.SignIn fromAPage = attacker.signIn("guess" + s, "password", "Accept", "text/html");
        assertThat(fromAPage.status()).isEqualTo(302);
        assertThat(fromAPage.location()).matches(".*/login\\?limited=\\d+$");
        assertThat(attacker.send("GET", "/login?limited=42", null, "Accept-Language", "ko").text())
                .contains("42초 기다린 뒤 다시 시도하세요");
        String login = "jung" + s;
        user(login, false);
        assertThat(browser().signIn(login, PASSWORD).succeeded()).as("from another address").isTrue();
    }

    @Test
    void aDisabledUserIsSignedOutAtOnceAndCannotSignInAgain() {
        String login = "han" + s;
        String id = user(login, false).path("id").asString();
        BrowserSession browser = browser();
        assertThat(browser.signIn(login, PASSWORD).succeeded()).isTrue();

        Answer disabled = send("POST", "/api/users/" + id + "/disable", "{\"reason\":\"left the institute\"}", "Authorization", admin);

        assertThat(disabled.status()).as("%s", disabled).isEqualTo(200);
        assertThat(disabled.body().path("disabled_reason").asString()).isEqualTo("left the institute");
        assertThat(browser.get("/api/me").body().path("signed_in").asBoolean()).isFalse();
        assertThat(browser().signIn(login, PASSWORD).succeeded()).isFalse();
    }

    @Test
    void aWeakPasswordOrABadLoginIsRefusedNamingTheRuleAndNothingIsWritten() {
        Map<String, Long> before = rowCounts();

        Answer shortOne = send("POST", "/api/users", """
                {"login":"yoon%s","password":"short1"}""".formatted(s), "Authorization", admin);
        Answer withLogin = send("POST", "/api/users", """
                {"login":"yoon%s","password":"my name is yoon%s ok"}""".formatted(s, s), "Authorization", admin);
        Answer badLogin = send("POST", "/api/users", """
                {"login":"윤 서연","password":"%s"}""".formatted(PASSWORD), "Authorization", admin);
        Answer badCountry = send("POST", "/api/organisations", """
                {"name":"Nowhere %s","kind":"lab","country":"Korea"}""".formatted(s), "Authorization", admin);

        assertThat(assertRefused(shortOne, 422, "password.length").path("path").asString()).isEqualTo("password");
        assertRefused(withLogin, 422, "password.contains.login");
        assertThat(assertRefused(badLogin, 422, "user.login.format").path("value").asString()).isEqualTo("윤 서연");
        assertRefused(badCountry, 422, "organisation.country.code");
        assertThat(badCountry.rules()).contains("organisation.kind.unknown");
        assertNothingWritten(before);
    }

    @Test
    void aSignedInUserMakesTokensForTheirScriptsButNoneAboveTheirRights() {
        String login = "kang" + s;
        String userId = user(login, false).path("id").asString();
        BrowserSession browser = browser();
        assertThat(browser.signIn(login, PASSWORD).succeeded()).isTrue();

        Answer made = browser.send("POST", "/api/me/tokens", "{\"name\":\"notebook\",\"scopes\":[\"read\",\"write\"]}",
                browser.csrfHeader());
        Answer tooMuch = browser.send("POST", "/api/me/tokens", "{\"name\":\"root\",\"scopes\":[\"admin\"]}", browser.csrfHeader());

        assertThat(made.status()).as("%s", made).isEqualTo(201);
        assertThat(made.body().path("token").path("user_id").asString()).isEqualTo(userId);
        assertThat(made.body().path("token").path("owner").asString()).isEqualTo(login);
        String secret = made.body().path("secret").asString();
        JsonNode viaToken = send("GET", "/api/me", null, bearer(secret)).body();
        assertThat(viaToken.path("via").asString()).isEqualTo("token");
        assertThat(viaToken.path("user").path("login").asString()).isEqualTo(login);
        assertRefused(tooMuch, 422, "token.scope.beyond.user");
        assertRefused(send("POST", "/api/me/tokens", "{\"name\":\"more\",\"scopes\":[\"read\"]}", bearer(secret)), 401,
                "sign-in.required");
    }

    @Test
    void anAdministratorSignedInManagesAccountsFromTheBrowser() {
        String login = "boss" + s;
        user(login, true);
        BrowserSession browser = browser();
        assertThat(browser.signIn(login, PASSWORD).succeeded()).isTrue();

        Answer users = browser.get("/api/users");
        Answer org = browser.send("POST", "/api/organisations", "{\"name\":\"POSCO " + s + "\",\"kind\":\"company\",\"country\":\"KR\"}",
                browser.csrfHeader());
        Answer verified = browser.send("POST", "/api/organisations/" + org.body().path("id").asString() + "/verification",
                "{\"verified\":true}", browser.csrfHeader());

        assertThat(users.status()).isEqualTo(200);
        assertThat(users.text()).contains(login).doesNotContain("argon2");
        assertThat(verified.body().path("verified").asBoolean()).isTrue();
        assertThat(verified.body().path("verified_by").asString()).isEqualTo("user '" + login + "' (signed in)");
    }
}
