package org.matbank.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.matbank.access.AccountService;
import org.matbank.access.DatasetPeople;
import org.matbank.access.DatasetPeople.Person;
import org.matbank.access.TokenService;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Contributor credit: a dataset's owners see what it contributed (records by kind) and how it was
 * used (exports, records downloaded, releases holding it with their downloads and citations); an
 * organisation sees the sums over its datasets; outsiders see neither.
 */
class CreditApiTest extends HttpApiTest {

    @Autowired
    AccountService accounts;
    @Autowired
    TokenService tokens;

    @Test
    void aDatasetsOwnersSeeItsRecordsDownloadsReleasesAndCitations() {
        String s = unique();
        DatasetPeople people = new DatasetPeople(accounts, tokens, s);
        Person kim = people.user("kim", "KR", true);
        Person park = people.user("park", "KR", true);
        String id = send("POST", "/api/datasets", "{\"name\":\"credited " + s + "\"}", kim.header()).body().path("dataset").path("id").asString();
        for (int i = 0; i < 2; i++) {
            Answer made = send("POST", "/api/records/batch?dataset=" + id, """
                    {"objects":[
                      {"type":"material_run","name":"credited steel %1$d","uids":{"c-%2$s":"m%1$d"},"notes":"%2$s"},
                      {"type":"measurement_run","name":"hardness %1$d","uids":{"c-%2$s":"t%1$d"},"material":{"scope":"c-%2$s","id":"m%1$d"}}
                    ]}""".formatted(i, s), kim.header());
            assertThat(made.status()).as("%s", made).isEqualTo(201);
        }
        assertThat(send("POST", "/api/datasets/" + id + "/state", "{\"state\":\"public\"}", kim.header()).status()).isEqualTo(200);

        assertThat(download("/api/search/export?format=csv&text=" + s).statusCode()).isEqualTo(200);
        Answer release = post("/api/releases", """
                {"series":"credit-%1$s","title":"Credited steels","creators":["Kim"],"text":"%1$s"}""".formatted(s));
        assertThat(release.status()).as("%s", release).isEqualTo(201);
        String releaseId = release.body().path("id").asString();
        String file = release.body().path("files").path(0).path("name").asString();
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> got = download("/api/releases/" + releaseId + "/files/" + file);
            assertThat(got.statusCode()).isEqualTo(200);
        }
        assertThat(post("/api/releases/" + releaseId + "/citations", "{\"reference\":\"doi:10.1016/j.actamat.2026.01.001\"}")
                .body().path("added").asBoolean()).isTrue();
        assertThat(post("/api/releases/" + releaseId + "/citations", "{\"reference\":\"doi:10.1016/j.actamat.2026.01.001\"}")
                .body().path("added").asBoolean()).as("the same citation counts once").isFalse();

        Answer credit = send("GET", "/api/datasets/" + id + "/credit", null, kim.header());

        assertThat(credit.status()).as("%s", credit).isEqualTo(200);
        JsonNode c = credit.body();
        assertThat(c.path("records_by_kind").path("material_run").asLong()).isEqualTo(2);
        assertThat(c.path("records_by_kind").path("measurement_run").asLong()).isEqualTo(2);
        assertThat(c.path("records").asLong()).isEqualTo(4);
        assertThat(c.path("exports").asLong()).isEqualTo(1);
        assertThat(c.path("records_downloaded").asLong()).isEqualTo(2);
        JsonNode r = c.path("releases").path(0);
        assertThat(r.path("release").asString()).isEqualTo(releaseId);
        assertThat(r.path("records").asLong()).isEqualTo(2);
        assertThat(r.path("downloads").asLong()).isEqualTo(2);
        assertThat(r.path("citations").asLong()).isEqualTo(1);
        assertRefused(send("GET", "/api/datasets/" + id + "/credit", null, park.header()), 403, "dataset.role.missing");

        String org = send("GET", "/api/me", null, kim.header()).body().path("user").path("organisation_id").asString();
        JsonNode ofOrg = send("GET", "/api/organisations/" + org + "/credit", null, kim.header()).body();
        assertThat(ofOrg.path("records").asLong()).isEqualTo(4);
        assertThat(ofOrg.path("release_downloads").asLong()).isEqualTo(2);
        assertThat(ofOrg.path("citations").asLong()).isEqualTo(1);
        assertRefused(send("GET", "/api/organisations/" + org + "/credit", null, park.header()), 403, "credit.organisation");
    }
}
