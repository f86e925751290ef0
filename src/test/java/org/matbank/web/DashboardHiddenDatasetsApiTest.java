package org.matbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.matbank.access.AccountService;
import org.matbank.access.BrowserSession;
import org.matbank.access.DatasetPeople;
import org.matbank.access.DatasetPeople.Person;
import org.matbank.access.TokenService;
import org.matbank.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard counts only what its reader may see: materials written into a draft dataset change
 * neither the total nor the growth chart for an anonymous reader, while the dataset's owner,
 * signed in, sees both grow by exactly what was added; the draft's import is not listed for others.
 */
class DashboardHiddenDatasetsApiTest extends HttpApiTest {

    private static final Pattern TOTAL = Pattern.compile("The bank holds ([\\d,]+) materials you may see");
    private static final Pattern GROWTH = Pattern.compile("id=\"growth\"[^>]*data-series=\"([^\"]*)\"");
    private static final int ADDED = 3;

    @Autowired
    AccountService accounts;
    @Autowired
    TokenService tokens;
    @Autowired
    SearchService search;

    /** What the dashboard says: the total and the growth chart's last running total. */
    record Counts(long total, long grown, String html) {
    }

    @Test
    void materialsOfADraftDatasetAreCountedForItsOwnerOnly() throws InterruptedException {
        String s = unique();
        Person kim = new DatasetPeople(accounts, tokens, s).user("kim");
        Answer created = send("POST", "/api/datasets", "{\"name\":\"draft " + s + "\"}", kim.header());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String draft = created.body().path("dataset").path("id").asString();
        BrowserSession owner = new BrowserSession(port, "192.0.2.31");
        assertThat(owner.signIn(kim.login(), DatasetPeople.PASSWORD).succeeded()).isTrue();

        Counts anonymousBefore = counts(() -> get("/?lang=en"));
        Counts ownerBefore = counts(() -> owner.get("/?lang=en"));
        for (int i = 0; i < ADDED; i++) {
            Answer made = send("POST", "/api/records?dataset=" + draft, """
                    {"type":"material_run","name":"draft steel %d %s"}""".formatted(i, s), kim.header());
            assertThat(made.status()).as("%s", made).isEqualTo(201);
        }
        String fileName = "secret-" + s + ".json";
        JsonNode job = importInto(draft, fileName, "{\"type\":\"material_run\",\"name\":\"imported steel " + s + "\"}", kim);
        assertThat(job.path("status").asString()).as("%s", job).isEqualTo("succeeded");
        Counts anonymousAfter = counts(() -> get("/?lang=en"));
        Counts ownerAfter = counts(() -> owner.get("/?lang=en"));

        assertThat(anonymousAfter.total()).as("total for anonymous readers").isEqualTo(anonymousBefore.total());
        assertThat(anonymousAfter.grown()).as("growth for anonymous readers").isEqualTo(anonymousBefore.grown());
        assertThat(ownerAfter.total()).as("total for the owner").isEqualTo(ownerBefore.total() + ADDED + 1);
        assertThat(ownerAfter.grown()).as("growth for the owner").isEqualTo(ownerBefore.grown() + ADDED + 1);
        assertThat(anonymousAfter.html()).doesNotContain(fileName).doesNotContain("draft steel");
        assertThat(ownerAfter.html()).contains(fileName);
    }

    /** The dashboard once the search index has caught up with every write so far. */
    private Counts counts(Supplier<Answer> dashboard) {
        search.awaitIndexed();
        Answer page = dashboard.get();
        assertThat(page.status()).isEqualTo(200);
        Matcher total = TOTAL.matcher(page.text());
        assertThat(total.find()).as("the total in %s", page.text()).isTrue();
        Matcher growth = GROWTH.matcher(page.text());
        assertThat(growth.find()).as("the growth chart").isTrue();
        JsonNode days = JSON.readTree(growth.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&"));
        long grown = days.isEmpty() ? 0 : days.get(days.size() - 1).path("total").asLong();
        return new Counts(Long.parseLong(total.group(1).replace(",", "")), grown, page.text());
    }

    private JsonNode importInto(String dataset, String fileName, String json, Person who) throws InterruptedException {
        Answer started = postParts("/api/imports?dataset=" + dataset, who.header(),
                new Part("file", fileName, json.getBytes(StandardCharsets.UTF_8)));
        assertThat(started.status()).as("%s", started).isEqualTo(202);
        for (int i = 0; i < 300; i++) {
            JsonNode job = send("GET", "/api/imports/" + started.body().path("id").asString(), null, who.header()).body();
            if (!job.path("status").asString().equals("queued") && !job.path("status").asString().equals("running")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the import did not finish");
    }
}
