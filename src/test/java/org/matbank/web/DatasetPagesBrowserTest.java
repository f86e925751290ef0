package org.matbank.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matbank.access.AccountService;
import org.matbank.access.DatasetPeople;
import org.matbank.access.DatasetPeople.Person;
import org.matbank.access.TokenService;
import org.matbank.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The dataset pages in a browser: an owner signs in, adds a member and embargoes the dataset
 * through the page's forms (a refused change is shown and changes nothing), and the API agrees
 * with the page; a signed-out visitor reads the embargoed dataset's metadata but none of its
 * records, and a signed-in stranger asks the owners for access.
 */
class DatasetPagesBrowserTest extends BrowserTest {


    @Autowired
    AccountService accounts;
    @Autowired
    TokenService tokens;
    @Autowired
    SearchService search;

    private String s;
    private Person kim;
    private Person lee;
    private Person park;

    @BeforeEach
    void people() {
        s = unique();
        DatasetPeople people = new DatasetPeople(accounts, tokens, s);
        kim = people.user("kim", "KR", true);
        lee = people.user("lee");
        park = people.user("park");
    }

    @Test
    void anOwnerAddsAMemberAndEmbargoesTheDatasetInThePageAndTheApiAgrees() {
        String id = dataset();
        record(id);
        signIn(kim);
        page.navigate(url("/datasets"));
        assertThat(page.locator("tr[data-dataset='" + id + "']")).containsText("Draft");
        assertThat(page.locator("tr[data-dataset='" + id + "']")).containsText("Owner");
        screenshot("dataset-list");
        page.locator("tr[data-dataset='" + id + "'] a").click();
        assertThat(page.locator("#my-role")).hasText("Owner");

        page.locator("#member-login").fill(lee.login());
        page.locator("#member-role").selectOption("contributor");
        page.locator("#member-form button[type=submit]").click();
        assertThat(page.locator("#done")).hasText("The member was saved.");
        assertThat(page.locator("#member-list tr[data-login='" + lee.login() + "']")).containsText("Contributor");

        // the last owner cannot leave: the refusal is shown in the page and nothing changes
        page.locator("#member-list tr[data-login='" + kim.login() + "'] button").click();
        assertThat(page.locator("#form-problems")).containsText("dataset.owner.last");
        assertThat(page.locator("#form-problems")).containsText("make another member owner first");
        assertThat(page.locator("#member-list tr")).hasCount(3);

        LocalDate until = LocalDate.now().plusMonths(6);
        page.locator("#state-to").selectOption("embargoed");
        page.locator("#embargo-date").fill(until.toString());
        page.locator("#state-form button[type=submit]").click();
        assertThat(page.locator("#done")).hasText("The state was changed.");
        assertThat(page.locator("#dataset-state")).hasText("Embargoed");
        assertThat(page.locator("#embargo-until")).hasText(until.toString());

        // protection rules: a bad network refuses the whole change (the countries are not saved either), then a good one
        page.locator("#protection-form input[name=verified_organisations]").check();
        page.locator("#protection-countries").fill("KR");
        page.locator("#protection-networks").fill("10.20.0.0/33");
        page.locator("#protection-form button[type=submit]").click();
        assertThat(page.locator("#form-problems")).containsText("protection.network");
        assertThat(page.locator("#form-problems")).containsText("10.20.0.0/33");
        assertThat(send("GET", "/api/datasets/" + id, null, kim.header()).body().path("protection").isNull()).isTrue();
        page.locator("#protection-networks").fill("10.20.0.0/16");
        page.locator("#protection-quota").fill("10000");
        page.locator("#protection-form button[type=submit]").click();
        assertThat(page.locator("#done")).hasText("The protection rules were saved.");
        assertThat(page.locator("#protection li")).hasText(new String[] {"Only users of verified organisations of KR",
                "Only from these networks: 10.20.0.0/16", "At most 10,000 records per user and day in exports"});
        // the rules hold for the owner too: this browser is not on the allowed network
        assertThat(page.locator("#records-access")).containsText("the protection rules below keep them from this network");
        screenshot("dataset-owner");

        JsonNode api = send("GET", "/api/datasets/" + id, null, kim.header()).body();
        assertThat(api.path("dataset").path("state").asString()).isEqualTo("embargoed");
        assertThat(api.path("dataset").path("embargo_until").asString()).isEqualTo(until.toString());
        assertThat(api.path("protection").path("countries").get(0).asString()).isEqualTo("KR");
        assertThat(api.path("protection").path("verified_organisations").asBoolean()).isTrue();
        assertThat(api.path("protection").path("networks").get(0).asString()).isEqualTo("10.20.0.0/16");
        assertThat(api.path("protection").path("records_per_day").asLong()).isEqualTo(10_000);
        JsonNode members = send("GET", "/api/datasets/" + id + "/members", null, kim.header()).body();
        assertThat(members.findValuesAsString("login")).containsExactlyInAnyOrder(kim.login(), lee.login());
        for (JsonNode m : members) {
            assertThat(m.path("role").asString()).isEqualTo(m.path("login").asString().equals(kim.login()) ? "owner" : "contributor");
        }
    }

    @Test
    void aVisitorSeesAnEmbargoedDatasetsMetadataButNotItsRecordsAndAStrangerAsksForAccess() {
        String id = dataset();
        String steel = record(id);
        LocalDate until = LocalDate.now().plusMonths(3);
        assertThat(send("POST", "/api/datasets/" + id + "/state", "{\"state\":\"embargoed\",\"embargo_until\":\"" + until + "\"}",
                kim.header()).status()).isEqualTo(200);

        page.navigate(url("/datasets/" + id));
        assertThat(page.locator("#dataset-name")).hasText("fatigue " + s);
        assertThat(page.locator("#dataset-state")).hasText("Embargoed");
        assertThat(page.locator("#embargo-until")).hasText(until.toString());
        assertThat(page.locator("#records-access")).containsText("Hidden until " + until);
        assertThat(page.locator("#member-list")).hasCount(0);
        assertThat(page.locator("#manage")).hasCount(0);
        assertThat(page.locator("#ask a[href='/login']")).isVisible();
        screenshot("dataset-visitor");
        page.navigate(url("/datasets/" + id + "?lang=ko"));
        assertThat(page.locator("#dataset-state")).hasText("엠바고");
        assertThat(page.locator("#records-access")).containsText(until + "까지 비공개");
        screenshot("dataset-visitor-ko");
        // its records stay hidden from the visitor everywhere: the search finds none (the owner finds it), the record answers 404
        search.awaitIndexed();
        String words = URLEncoder.encode("secret " + s, StandardCharsets.UTF_8);
        assertThat(send("GET", "/api/search?text=" + words, null, kim.header()).body().path("total").asLong()).isEqualTo(1);
        page.navigate(url("/search?lang=en&text=" + words));
        assertThat(page.locator("#total")).hasText(Pattern.compile("^\\D*0\\D*$"));
        assertThat(get("/api/records/" + steel).status()).isEqualTo(404);
        assertThat(send("GET", "/api/records/" + steel, null, kim.header()).status()).isEqualTo(200);

        signIn(park);
        page.navigate(url("/datasets/" + id));
        page.locator("#ask-message").fill("for the joint fatigue study");
        page.locator("#ask-form button[type=submit]").click();
        assertThat(page.locator("#done")).hasText("Your request was sent to the owners.");
        JsonNode asked = send("GET", "/api/datasets/" + id + "/access-requests", null, kim.header()).body();
        assertThat(asked.findValuesAsString("login")).containsExactly(park.login());
    }

    private String dataset() {
        Answer created = send("POST", "/api/datasets", "{\"name\":\"fatigue " + s + "\",\"description\":\"Q&T steels of KIMS\"}",
                kim.header());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.body().path("dataset").path("id").asString();
    }

    /** A material in the dataset, named so that only this test finds it; returns its id. */
    private String record(String dataset) {
        Answer created = send("POST", "/api/records/batch?dataset=" + dataset, """
                {"objects":[{"type":"material_run","name":"secret %1$s steel","uids":{"w-%1$s":"m"},"institution":"KIMS"}]}"""
                .formatted(s), kim.header());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.body().path("objects").path(0).path("id").asString();
    }
}
