package org.matbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.matbank.access.AccountService;
import org.matbank.access.DatasetPeople;
import org.matbank.access.TokenService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The material page over plain HTTP: every kind of object renders in Korean and English with every
 * message found, values convert to the unit asked for, and what the API would hide the page hides
 * too: an object of a dataset the reader may not see answers the same 404 page as an unknown id,
 * and a hidden object upstream of a visible material is left out of its history.
 */
class MaterialPageRenderTest extends HttpApiTest {

    @Autowired
    private AccountService accounts;

    @Autowired
    private TokenService tokens;

    private TensileHistory history;

    @BeforeEach
    void history() {
        String s = unique();
        Answer file = upload("tensile-" + s + ".csv", "text/csv", ("strain,stress\n0,0\n" + s).getBytes(StandardCharsets.UTF_8));
        assertThat(file.status()).as("%s", file).isEqualTo(201);
        history = TensileHistory.create(this::post, s, file.body().path("sha256").asString());
    }

    @Test
    void everyKindOfObjectRendersInKoreanAndEnglishWithItsValuesAndNoMissingMessage() {
        for (String id : List.of(history.alloy(), history.measurement(), history.ingot(), history.annealing())) {
            for (String language : List.of("ko", "en")) {
                Answer page = send("GET", "/materials/" + id, null, "Accept-Language", language);
                assertThat(page.status()).as(id + " in " + language).isEqualTo(200);
                assertThat(page.text()).as(id + " in " + language).doesNotContain("??").contains("<html lang=\"" + language + "\"");
            }
        }
        String english = send("GET", "/materials/" + history.alloy(), null, "Accept-Language", "en").text();
        assertThat(english).contains("Fe-30Ni alloy " + history.suffix(), "Tensile strength", "850 ± 12", "18 – 22",
                "normal: mean ± standard deviation", "uniform: range", "Kim Min-ji", "Template Alloy, version 1", "A-17",
                "/api/files/" + history.sha256(), "https://example.org/report-" + history.suffix() + ".pdf",
                "In no dataset: open to everyone.");
        String korean = send("GET", "/materials/" + history.alloy(), null, "Accept-Language", "ko").text();
        assertThat(korean).contains("인장강도", "응력-변형률 곡선", "공정 이력", "조성", "정규분포: 평균 ± 표준편차");
        // the process page shows its parameter with the unit it was entered in
        assertThat(send("GET", "/materials/" + history.annealing(), null, "Accept-Language", "en").text())
                .contains("Parameters and conditions", "Annealing temperature", ">1050<");
    }

    @Test
    void aValueIsShownInTheUnitAskedForAndHtmxGetsTheTablesOnly() {
        String unit = "unit." + URLEncoder.encode("tensile strength " + history.suffix(), StandardCharsets.UTF_8);
        Answer gpa = send("GET", "/materials/" + history.alloy() + "?" + unit + "=GPa", null, "Accept-Language", "en");
        assertThat(strengthRow(gpa.text())).contains("<span>0.85 ± 0.012</span>", "value=\"GPa\" selected")
                .doesNotContain("850 ± 12");
        Answer part = send("GET", "/materials/" + history.alloy() + "?" + unit + "=kPa", null, "Accept-Language", "en",
                "HX-Request", "true");
        assertThat(part.status()).isEqualTo(200);
        assertThat(strengthRow(part.text())).contains("<span>850000 ± 12000</span>");
        assertThat(part.text()).contains("id=\"values\"").doesNotContain("<html", "history-graph");
        // a unit of another dimension is not a choice: the value stays as entered
        assertThat(strengthRow(send("GET", "/materials/" + history.alloy() + "?" + unit + "=K", null).text()))
                .contains("<span>850 ± 12</span>", "value=\"MPa\" selected");
    }

    /** The table row of the tensile strength. */
    private String strengthRow(String html) {
        int start = html.indexOf("<tr data-name=\"tensile strength " + history.suffix() + "\"");
        assertThat(start).as("the tensile strength row").isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void anUnknownOrMalformedIdAnswersA404PageInThePageLanguage() {
        for (String id : List.of(java.util.UUID.randomUUID().toString(), "not-an-id")) {
            Answer english = send("GET", "/materials/" + id, null, "Accept-Language", "en");
            assertThat(english.status()).isEqualTo(404);
            assertThat(english.contentType()).contains("text/html");
            assertThat(english.text()).contains("<html lang=\"en\"", "Material not found").doesNotContain("??");
            Answer korean = send("GET", "/materials/" + id, null, "Accept-Language", "ko");
            assertThat(korean.status()).isEqualTo(404);
            assertThat(korean.text()).contains("<html lang=\"ko\"", "소재를 찾을 수 없습니다").doesNotContain("??");
        }
    }

    @Test
    void whatTheApiHidesThePageHides() {
        String s = unique();
        DatasetPeople people = new DatasetPeople(accounts, tokens, s);
        DatasetPeople.Person owner = people.user("owner");
        Answer dataset = send("POST", "/api/datasets", "{\"name\":\"hidden alloys " + s + "\"}", owner.header());
        assertThat(dataset.status()).as("%s", dataset).isEqualTo(201);
        String datasetId = dataset.body().path("dataset").path("id").asString();
        // a secret powder in the owner's draft, melted into an ingot that is open to all
        Answer powder = send("POST", "/api/records?dataset=" + datasetId, """
                {"type":"material_run","name":"secret powder %1$s","uids":{"h-%1$s":"powder"}}""".formatted(s), owner.header());
        assertThat(powder.status()).as("%s", powder).isEqualTo(201);
        Answer open = send("POST", "/api/records/batch", """
                {"objects":[
                  {"type":"process_run","name":"melting %1$s","uids":{"h-%1$s":"melt"}},
                  {"type":"ingredient_run","name":"powder","uids":{"h-%1$s":"i"},"process":{"scope":"h-%1$s","id":"melt"},
                   "material":{"scope":"h-%1$s","id":"powder"}},
                  {"type":"material_run","name":"open ingot %1$s","uids":{"h-%1$s":"ingot"},"process":{"scope":"h-%1$s","id":"melt"}}]}"""
                .formatted(s), owner.header());
        assertThat(open.status()).as("%s", open).isEqualTo(201);
        String hidden = powder.object().path("id").asString();
        String ingot = open.body().path("objects").path(2).path("id").asString();

        Answer refused = send("GET", "/materials/" + hidden, null, "Accept-Language", "en");
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.text()).contains("Material not found").doesNotContain("secret powder");
        Answer page = get("/materials/" + ingot);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("open ingot " + s, "melting " + s).doesNotContain("secret powder");

        // once the dataset is public, its powder shows, in the ingot's history and on a page of its own
        Answer published = send("POST", "/api/datasets/" + datasetId + "/state", "{\"state\":\"public\"}", owner.header());
        assertThat(published.status()).as("%s", published).isEqualTo(200);
        assertThat(get("/materials/" + ingot).text()).contains("secret powder " + s);
        Answer shown = send("GET", "/materials/" + hidden, null, "Accept-Language", "en");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.text()).contains("secret powder " + s, "hidden alloys " + s, "/datasets/" + datasetId, ">public<");
    }
}
