package org.matbank.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.matbank.access.AccountService;
import org.matbank.access.DatasetPeople;
import org.matbank.access.DatasetPeople.Person;
import org.matbank.access.TokenService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A signed-in researcher enters a confidential material: the entry form starts with their draft
 * dataset, the material is saved into it, its owner reads it through the API while an anonymous
 * caller gets 404, and the search finds it for the owner but not for a visitor.
 */
class EntryDatasetBrowserTest extends BrowserTest {


    @Autowired
    AccountService accounts;
    @Autowired
    TokenService tokens;

    @Test
    void anOwnersMaterialGoesIntoTheirDraftDatasetAndStaysHiddenFromVisitors() {
        String s = unique();
        Person kim = new DatasetPeople(accounts, tokens, s).user("kim", "KR", true);
        Answer created = send("POST", "/api/datasets", "{\"name\":\"alloys " + s + "\",\"description\":\"confidential\"}",
                kim.header());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String dataset = created.body().path("dataset").path("id").asString();
        DemoTemplates templates = new DemoTemplates(get("/api/templates").body());

        signIn(kim);
        page.navigate(url("/entry?" + templates.pick()));
        // the draft is the first choice; "no dataset" is there, saying what it means
        assertThat(page.locator("#dataset")).hasValue(dataset);
        assertThat(page.locator("#dataset option[value='']")).hasText("No dataset: visible to everyone");
        assertThat(page.locator("#dataset-note")).containsText("Only the members of the chosen dataset");
        page.locator("#fld-dataset, .field.dataset").first().scrollIntoViewIfNeeded();
        screenshot("entry-dataset-pick");

        String name = "secret alloy " + s;
        page.locator("#name").fill(name);
        page.locator("#m-p0-q0").fill("97.6");
        page.locator("#m-p0-q1").fill("0.42");
        page.locator("#s1-a0-v").fill("8");
        page.locator("#s2-a0-v").fill("550");
        page.locator("#s2-a1-v").fill("60");
        page.locator("#s2-a2-v").fill("8");
        page.locator("#x-c1-v").selectOption("rotating bending");
        page.locator("#x-p0-v").pressSequentially("480");
        assertThat(page.locator("#entry-status .note")).containsText("No problems found");
        screenshot("entry-dataset");
        page.locator("#entry-save").click();
        page.waitForURL(Pattern.compile(".*/materials/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).hasText(name);
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);

        assertThat(jdbc.sql("select dataset_id from record_object where id = ?").param(UUID.fromString(id)).query(UUID.class)
                .single()).isEqualTo(UUID.fromString(dataset));
        assertThat(send("GET", "/api/records/" + id, null, kim.header()).body().path("name").asString()).isEqualTo(name);
        assertThat(get("/api/records/" + id).status()).as("anonymous").isEqualTo(404);

        String search = url("/search?text=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        page.navigate(search);
        assertThat(page.locator("main")).containsText(name); // the owner finds it
        page.context().clearCookies();
        page.navigate(search);
        assertThat(page.locator("#total")).isVisible();
        assertThat(page.locator("main")).not().containsText(name);
    }
}
