package org.matbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.matbank.access.AccountService;
import org.matbank.access.BrowserSession;
import org.matbank.access.DatasetPeople;
import org.matbank.access.DatasetPeople.Person;
import org.matbank.access.TokenService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import and dataset pages answer in Korean and in English with every message found (no
 * Thymeleaf "??" marker), for a visitor and for an owner; what a caller may not see (an import
 * into a draft dataset, the draft itself, an unknown id) answers a 404 page, as the API does.
 */
class ImportDatasetPagesRenderTest extends HttpApiTest {

    private static final List<String> LANGUAGES = List.of("ko", "en");

    @Autowired
    AccountService accounts;
    @Autowired
    TokenService tokens;

    @Test
    void importAndDatasetPagesRenderInBothLanguagesAndHiddenOnesAre404Pages() {
        String s = unique();
        DatasetPeople people = new DatasetPeople(accounts, tokens, s);
        Person kim = people.user("kim");
        String draft = dataset(kim, "draft " + s);
        String embargoed = dataset(kim, "embargoed " + s);
        assertThat(send("POST", "/api/datasets/" + embargoed + "/state", "{\"state\":\"embargoed\",\"embargo_until\":\""
                + LocalDate.now().plusMonths(2) + "\"}", kim.header()).status()).isEqualTo(200);
        String open = job(null);
        String hidden = job(draft);

        for (String language : LANGUAGES) {
            for (String path : List.of("/imports", "/imports/" + open, "/datasets", "/datasets/" + embargoed)) {
                assertPage(send("GET", path, null, "Accept-Language", language), path, language, 200);
            }
            for (String path : List.of("/imports/" + hidden, "/imports/" + UUID.randomUUID(), "/imports/not-an-id",
                    "/datasets/" + draft, "/datasets/" + UUID.randomUUID())) {
                Answer missing = send("GET", path, null, "Accept-Language", language);
                assertPage(missing, path, language, 404);
                assertThat(missing.text()).as(path).doesNotContain("draft " + s).doesNotContain("hidden.xlsx");
            }
        }
        Answer report = get("/imports/" + open + "?lang=en");
        assertThat(report.text()).contains("Properties", "Tensile strength / 인장강도", "bananas", "unit.unknown");

        // the owner, signed in, sees the draft, its import and the forms for it
        BrowserSession owner = new BrowserSession(port, "192.0.2.7");
        assertThat(owner.signIn(kim.login(), "correct horse battery staple").succeeded()).isTrue();
        for (String language : LANGUAGES) {
            Answer page = owner.get("/datasets/" + draft + "?lang=" + language);
            assertPage(page, "/datasets/" + draft, language, 200);
            assertThat(page.text()).contains("id=\"state-form\"", "id=\"member-form\"", "id=\"protection-form\"", kim.login());
            assertPage(owner.get("/imports/" + hidden + "?lang=" + language), "/imports/" + hidden, language, 200);
            assertThat(owner.get("/imports?lang=" + language).text()).contains("draft " + s);
        }
    }

    private static void assertPage(Answer page, String path, String language, int status) {
        assertThat(page.status()).as(path + " in " + language).isEqualTo(status);
        assertThat(page.text()).as(path + " in " + language).doesNotContain("??").contains("<html lang=\"" + language + "\"");
    }

    private String dataset(Person owner, String name) {
        Answer created = send("POST", "/api/datasets", "{\"name\":\"" + name + "\"}", owner.header());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.body().path("dataset").path("id").asString();
    }

    /** A finished import with a report (as the service records one), into a dataset or none. */
    private String job(String dataset) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into import_job (id, format, file_name, sha256, size, author, mode, validation, status, started_at,
                    finished_at, units_read, units_failed, message, report, dataset_id)
                values (?, 'xlsx', ?, 'x', 100, 'test', 'all-or-nothing', 'fail', 'failed', now(), now(), 2, 1, 'nothing was written',
                    cast(? as jsonb), ?)""")
                .params(id, dataset == null ? "open.xlsx" : "hidden.xlsx", """
                        {"violations":[{"path":"sheet 'Properties' row 4 column 'Tensile strength / 인장강도 unit / 단위'",
                          "rule":"unit.unknown","value":"bananas","message":"'bananas' is not a unit MatBank knows"}],
                         "warnings":[],"template_versions":[],"omitted":0}""", dataset == null ? null : UUID.fromString(dataset))
                .update();
        return id.toString();
    }
}
