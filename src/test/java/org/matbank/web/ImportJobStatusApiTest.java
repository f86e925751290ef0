package org.matbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.matbank.access.AccountService;
import org.matbank.access.DatasetPeople;
import org.matbank.access.DatasetPeople.Person;
import org.matbank.access.TokenService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The job page's polling ends when the job can no longer be seen (signed out in another tab) or
 * is gone: htmx's status request answers 286 ("stop polling") with a final part that polls no
 * more, instead of a 404 that htmx would never swap and so ask for every second forever.
 */
class ImportJobStatusApiTest extends HttpApiTest {

    @Autowired
    AccountService accounts;
    @Autowired
    TokenService tokens;

    @Test
    void theStatusOfAHiddenOrUnknownJobStopsThePolling() {
        String s = unique();
        Person kim = new DatasetPeople(accounts, tokens, s).user("kim");
        Answer created = send("POST", "/api/datasets", "{\"name\":\"draft " + s + "\"}", kim.header());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        UUID draft = UUID.fromString(created.body().path("dataset").path("id").asString());
        UUID hidden = runningJob("hidden-" + s + ".csv", draft);
        UUID open = runningJob("open-" + s + ".csv", null);

        for (String path : new String[] {"/imports/" + hidden + "/status", "/imports/" + UUID.randomUUID() + "/status",
                "/imports/not-an-id/status"}) {
            Answer polled = send("GET", path + "?lang=en", null, "HX-Request", "true");
            assertThat(polled.status()).as(path).isEqualTo(ImportJobPage.STOP_POLLING);
            assertThat(polled.text()).as(path).contains("id=\"job-status\"", "There is no import with this id")
                    .doesNotContain("hx-trigger").doesNotContain("hx-get").doesNotContain("hidden-" + s).doesNotContain("<html");
        }
        // a running job the caller sees goes on polling; a plain (non-htmx) request for a hidden one is the 404 page
        Answer running = send("GET", "/imports/" + open + "/status", null, "HX-Request", "true");
        assertThat(running.status()).isEqualTo(200);
        assertThat(running.text()).contains("hx-trigger=\"every 1s\"");
        Answer plain = get("/imports/" + hidden + "/status");
        assertThat(plain.status()).isEqualTo(404);
        assertThat(plain.text()).contains("<html").doesNotContain("hidden-" + s).doesNotContain("hx-trigger");
    }

    private UUID runningJob(String file, UUID dataset) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into import_job (id, format, file_name, sha256, size, author, mode, validation, status, started_at,
                    units_read, dataset_id)
                values (?, 'csv', ?, 'x', 1000, 'test', 'all-or-nothing', 'fail', 'running', now(), 40, ?)""")
                .params(id, file, dataset).update();
        return id;
    }
}
