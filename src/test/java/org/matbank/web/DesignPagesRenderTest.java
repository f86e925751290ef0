package org.matbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.matbank.access.AccountService;
import org.matbank.access.BrowserSession;
import org.matbank.access.DatasetPeople;
import org.matbank.access.DatasetPeople.Person;
import org.matbank.access.TokenService;
import org.matbank.ingest.DemoLoader;
import org.matbank.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The design pages over HTTP on the demo steels: the form sets up a target row and the model's
 * training ranges; a refused design shows why in place and keeps the input; a design renders its
 * warnings (in Korean too), candidates in MPa and wt%, and chart data in both languages; a signed-in
 * contributor saves a candidate as a planned experiment, which the table then links; an unknown
 * design is a 404 page in the page language.
 */
class DesignPagesRenderTest extends HttpApiTest {

    private static final String FATIGUE = "property:fatigue strength";

    @Autowired
    DemoLoader demo;
    @Autowired
    SearchService search;
    @Autowired
    AccountService accounts;
    @Autowired
    TokenService tokens;

    @Test
    void theFormTheDesignAndItsSavedCandidateRenderInBothLanguages() {
        demo.loadIfAbsent();
        search.awaitIndexed();
        String s = unique();
        Answer trained = post("/api/models", """
                {"name":"design render %s","table":{"filter":"tags HAS \\"demo\\" AND tags HAS \\"nims-fatigue\\""},"target":"%s",
                 "kind":"linear","folds":3}""".formatted(s, FATIGUE));
        assertThat(trained.status()).as("%s", trained).isEqualTo(201);
        String model = trained.body().path("id").asString();

        for (String language : List.of("ko", "en")) {
            Answer form = send("GET", "/designs?model=" + model, null, "Accept-Language", language);
            assertPage(form, language, 200);
            assertThat(form.text()).contains("id=\"design-form\"", "name=\"t.0.kind\"", "composition:C (mass fraction)",
                    "parameter:tempering/tempering temperature", "<option value=\"MPa\" selected=\"selected\">MPa</option>");
        }
        assertThat(send("GET", "/designs?model=" + model, null, "Accept-Language", "ko").text()).contains("목표와 탐색 공간 설정", "역설계");

        PageClient client = new PageClient(port, "en");
        client.get("/designs?model=" + model);
        PageClient.Page refused = client.post("/designs", List.of("model", model, "name", "refused " + s, "t.0.kind", "at-least",
                "t.0.low", "700", "t.0.unit", "MPa", "s.0.min", "abc", "rules", "composition:C (mass fraction) < 0.01", "samples", "300"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"design-problems\"", "space.composition:C (mass fraction).min", "&#39;abc&#39; is not a number",
                "line 1", "use &lt;= or &gt;=", "value=\"refused " + s + "\"", "composition:C (mass fraction) &lt; 0.01</textarea>",
                "value=\"abc\"", "value=\"700\"");

        // kim starts the design: only its owner (or an administrator) saves its candidates
        Person kim = new DatasetPeople(accounts, tokens, s).user("kim");
        Answer created = send("POST", "/api/designs", """
                {"name":"render design %s","models":["%s"],"targets":[{"property":"%s","kind":"at-least","low":2000,"unit":"MPa"}],
                 "samples":300,"candidates":3,"seed":1}""".formatted(s, model, FATIGUE), kim.header());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.body().path("id").asString();

        for (String language : List.of("ko", "en")) {
            Answer page = send("GET", "/designs/" + id, null, "Accept-Language", language);
            assertPage(page, language, 200);
            assertThat(page.text()).contains("id=\"warnings\"", "data-chart=\"design-pareto\"", "data-chart=\"design-history\"",
                    "&quot;proposed&quot;", "data-rank=\"3\"", "(MPa)", "C (wt%)", "/api/designs/" + id + "/rounds/1/candidates.csv");
            assertPage(send("GET", "/designs", null, "Accept-Language", language), language, 200);
        }
        assertThat(send("GET", "/designs/" + id, null, "Accept-Language", "ko").text())
                .as("the extrapolation warning in Korean, the English detail kept").contains("모델이 학습한 모든 값의 범위를 벗어납니다", "no material the model learnt from");
        assertThat(send("GET", "/designs", null, "Accept-Language", "en").text()).contains("render design " + s, FATIGUE + " ≥ 2000 MPa");

        String dataset = send("POST", "/api/datasets", "{\"name\":\"design page " + s + "\"}", kim.header()).body().path("dataset").path("id").asString();
        BrowserSession session = new BrowserSession(port, "192.0.2.41");
        assertThat(session.signIn(kim.login(), DatasetPeople.PASSWORD).succeeded()).isTrue();
        assertThat(session.get("/designs/" + id + "?lang=en").text()).contains("id=\"save-dataset\"", "design page " + s);
        Answer saved = session.send("POST", "/designs/" + id + "/rounds/1/specs?candidate=2&dataset=" + dataset, null, session.csrfHeader());
        assertThat(saved.status()).as("%s", saved).isEqualTo(302);
        String spec = send("GET", "/api/designs/" + id, null, kim.header()).body().path("rounds").get(0).path("outcome").path("candidates").get(1).path("spec").asString();
        assertThat(session.get("/designs/" + id + "?round=1&lang=en").text()).contains("href=\"/materials/" + spec + "\"");
        Answer again = session.send("POST", "/designs/" + id + "/rounds/1/specs?candidate=2&dataset=" + dataset, null, session.csrfHeader());
        assertThat(again.text()).as("saved twice: refused in place").contains("id=\"spec-problems\"", "is saved already");

        Answer missing = send("GET", "/designs/00000000-0000-0000-0000-000000000000", null, "Accept-Language", "ko");
        assertPage(missing, "ko", 404);
        assertThat(missing.text()).contains("설계를 찾을 수 없습니다");
    }

    private static void assertPage(Answer page, String language, int status) {
        assertThat(page.status()).isEqualTo(status);
        assertThat(page.text()).as(language).doesNotContain("??").contains("<html lang=\"" + language + "\"");
    }
}
