package org.matbank.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.matbank.access.AccountService;
import org.matbank.access.DatasetPeople;
import org.matbank.access.DatasetPeople.Person;
import org.matbank.access.TokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Protected core data: records of a protected dataset reach only users of verified organisations
 * of the allowed countries, from the allowed networks, within a daily download quota, and never
 * leave in secure-zone mode. Client addresses come in X-Forwarded-For, as deployments behind a
 * proxy set them ({@code server.forward-headers-strategy=native}).
 */
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class ProtectedDataApiTest extends HttpApiTest {

    private static final String INSIDE = "10.20.1.5";
    private static final String OUTSIDE = "192.0.2.7";

    @Autowired
    AccountService accounts;
    @Autowired
    TokenService tokens;

    private String s;
    private DatasetPeople people;
    private Person kim;

    @BeforeEach
    void setUp() {
        s = unique();
        people = new DatasetPeople(accounts, tokens, s);
        kim = people.user("kim", "KR", true);
    }

    /** A public dataset of Kim's with {@code n} steels; returns the dataset's id and the steels' ids. */
    private List<String> publicDataset(int n) {
        String id = send("POST", "/api/datasets", "{\"name\":\"core " + s + "\"}", kim.header()).body().path("dataset").path("id").asString();
        List<String> ids = new ArrayList<>(List.of(id));
        for (int i = 0; i < n; i++) {
            Answer made = send("POST", "/api/records?dataset=" + id, """
                    {"type":"material_run","name":"core steel %d %s","notes":"%s"}""".formatted(i, s, s), kim.header());
            assertThat(made.status()).as("%s", made).isEqualTo(201);
            ids.add(made.body().path("objects").path(0).path("id").asString());
        }
        assertThat(send("POST", "/api/datasets/" + id + "/state", "{\"state\":\"public\"}", kim.header()).status()).isEqualTo(200);
        return ids;
    }

    private Answer protect(String dataset, String rules, Person by) {
        return send("PUT", "/api/datasets/" + dataset + "/protection", rules, by.header());
    }

    private String[] from(Person who, String address) {
        return who == null ? new String[] {"X-Forwarded-For", address}
                : new String[] {"Authorization", who.authorization(), "X-Forwarded-For", address};
    }

    private int record(Person who, String address, String id) {
        return send("GET", "/api/records/" + id, null, from(who, address)).status();
    }

    private long found(Person who, String address) {
        return send("GET", "/api/search?text=" + s, null, from(who, address)).body().path("total").asLong();
    }

    private HttpResponse<byte[]> export(Person who, String address, String filter) {
        return download("/api/search/export?format=csv&text=" + s
                + (filter == null ? "" : "&filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8)), from(who, address));
    }

    @Test
    void onlyUsersOfVerifiedOrganisationsOfTheAllowedCountriesReceiveTheRecords() {
        List<String> d = publicDataset(1);
        Person verifiedKr = people.user("lee", "KR", true);
        Person unverifiedKr = people.user("park", "KR", false);
        Person verifiedDe = people.user("hans", "DE", true);
        assertThat(record(null, OUTSIDE, d.get(1))).as("public before protection").isEqualTo(200);

        Answer protectedNow = protect(d.get(0), "{\"countries\":[\"kr\"],\"verified_organisations\":true}", kim);

        assertThat(protectedNow.status()).as("%s", protectedNow).isEqualTo(200);
        assertThat(protectedNow.body().path("protection").path("countries").toString()).isEqualTo("[\"KR\"]");
        assertThat(record(verifiedKr, OUTSIDE, d.get(1))).isEqualTo(200);
        assertThat(found(verifiedKr, OUTSIDE)).isEqualTo(1);
        assertThat(record(null, OUTSIDE, d.get(1))).isEqualTo(404);
        assertThat(record(unverifiedKr, OUTSIDE, d.get(1))).isEqualTo(404);
        assertThat(record(verifiedDe, OUTSIDE, d.get(1))).isEqualTo(404);
        assertThat(found(verifiedDe, OUTSIDE)).isZero();
        assertThat(record(people.admin(), OUTSIDE, d.get(1))).isEqualTo(200);
        assertThat(jdbc.sql("""
                select string_agg(actor, ',') from audit_event where action = 'protected.viewed' and detail->>'dataset' = ?""")
                .param(d.get(0)).query(String.class).single())
                .as("views of protected data are in the audit log, by whom").contains("lee" + s).doesNotContain("hans" + s);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'dataset.protected' and target like ?")
                .param("%" + d.get(0) + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void fromADisallowedNetworkNothingIsSeenOrDownloaded() {
        List<String> d = publicDataset(1);
        assertThat(protect(d.get(0), "{\"networks\":[\"10.20.0.0/16\"]}", kim).status()).isEqualTo(200);

        HttpResponse<byte[]> inside = export(null, INSIDE, null);
        HttpResponse<byte[]> outside = export(null, OUTSIDE, null);

        assertThat(record(null, INSIDE, d.get(1))).isEqualTo(200);
        assertThat(inside.headers().firstValue("X-Record-Count").orElse("")).isEqualTo("1");
        assertThat(record(null, OUTSIDE, d.get(1))).isEqualTo(404);
        assertThat(found(null, OUTSIDE)).isZero();
        assertThat(outside.statusCode()).isEqualTo(200);
        assertThat(outside.headers().firstValue("X-Record-Count").orElse("")).isEqualTo("0");
        assertThat(new String(outside.body(), StandardCharsets.ISO_8859_1)).doesNotContain("core steel");
        assertThat(jdbc.sql("""
                select string_agg(address || ':' || (detail->>'records'), ',' order by seq) from audit_event
                where action = 'export' and detail->>'text' = ?""").param(s).query(String.class).single())
                .as("every export is in the audit log with its address and count").isEqualTo(INSIDE + ":1," + OUTSIDE + ":0");
    }

    @Test
    void inTheSecureZoneRecordsAreSeenAndSearchedButNeverExported() {
        List<String> d = publicDataset(2);
        assertThat(protect(d.get(0), "{\"secure_zone\":true}", kim).status()).isEqualTo(200);

        HttpResponse<byte[]> exported = export(kim, INSIDE, null);

        assertThat(record(kim, INSIDE, d.get(1))).isEqualTo(200);
        assertThat(found(kim, INSIDE)).isEqualTo(2);
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("X-Record-Count").orElse("")).isEqualTo("0");
        assertThat(exported.headers().firstValue("X-Left-Out-Secure-Zone").orElse("")).isEqualTo("2");
        assertThat(send("GET", "/api/gemd/export?id=" + d.get(1), null, kim.header()).status()).isEqualTo(404);
    }

    @Test
    void aDailyQuotaRefusesTheDownloadThatWouldPassItAndCountsOnlyWhatLeft() {
        List<String> d = publicDataset(3);
        assertThat(protect(d.get(0), "{\"records_per_day\":2}", kim).status()).isEqualTo(200);
        Person lee = people.user("lee", "KR", true);

        HttpResponse<byte[]> tooMany = export(lee, INSIDE, null);
        HttpResponse<byte[]> two = export(lee, INSIDE, "name = \"core steel 0 " + s + "\" OR name = \"core steel 1 " + s + "\"");
        HttpResponse<byte[]> third = export(lee, INSIDE, "name = \"core steel 2 " + s + "\"");

        assertThat(tooMany.statusCode()).isEqualTo(429);
        assertThat(new String(tooMany.body(), StandardCharsets.UTF_8)).contains("protection.quota.exceeded").contains("quota is 2");
        assertThat(two.statusCode()).isEqualTo(200);
        assertThat(two.headers().firstValue("X-Record-Count").orElse("")).isEqualTo("2");
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(new String(third.body(), StandardCharsets.UTF_8)).contains("0 are left");
        assertThat(export(kim, INSIDE, "name = \"core steel 2 " + s + "\"").statusCode()).as("another user's quota").isEqualTo(200);
    }

    @Test
    void protectionRulesAreCheckedAndOnlyAnAdministratorLiftsThem() {
        List<String> d = publicDataset(0);
        Person lee = people.user("lee", "KR", true);

        JsonNode bad = assertRefused(protect(d.get(0), "{\"networks\":[\"10.20.0.0/33\"],\"countries\":[\"Korea\"]}", kim),
                422, "protection.network");
        assertThat(bad.path("value").asString()).isEqualTo("10.20.0.0/33");
        assertRefused(protect(d.get(0), "{\"countries\":[\"Korea\"]}", kim), 422, "protection.country");
        assertRefused(protect(d.get(0), "{\"secure_zone\":true}", lee), 403, "dataset.role.missing");
        assertThat(protect(d.get(0), "{\"secure_zone\":true}", kim).status()).isEqualTo(200);
        assertRefused(send("DELETE", "/api/datasets/" + d.get(0) + "/protection", null, kim.header()), 403, "protection.lift");
        Answer lifted = send("DELETE", "/api/datasets/" + d.get(0) + "/protection", null, people.admin().header());
        assertThat(lifted.status()).as("%s", lifted).isEqualTo(200);
        assertThat(lifted.body().path("protection").isNull()).isTrue();
    }
}
