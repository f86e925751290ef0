package org.matbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.matbank.ingest.DemoLoader;
import org.matbank.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The model pages over HTTP: the list and a model render in Korean and in English with every
 * message found, a refused training shows the reason in the form, and a model the caller may not
 * see (or that does not exist) is a 404 page in the caller's language.
 */
class ModelPagesRenderTest extends HttpApiTest {

    @Autowired
    DemoLoader demo;
    @Autowired
    SearchService search;

    @Test
    void theListAndAModelRenderInBothLanguagesAndAnUnknownModelIsA404Page() {
        demo.loadIfAbsent();
        search.awaitIndexed();
        Answer trained = post("/api/models", """
                {"name":"render %s","table":{"filter":"tags HAS \\"demo\\" AND tags HAS \\"nims-fatigue\\""},"target":"property:fatigue strength",
                 "kind":"linear","folds":3}""".formatted(unique()));
        assertThat(trained.status()).as("%s", trained).isEqualTo(201);
        String id = trained.body().path("id").asString();
        for (String path : List.of("/models", "/models/" + id)) {
            for (String language : List.of("ko", "en")) {
                Answer page = send("GET", path, null, "Accept-Language", language);
                assertThat(page.status()).as(path + " in " + language).isEqualTo(200);
                assertThat(page.text()).as(path + " in " + language).doesNotContain("??").contains("<html lang=\"" + language + "\"");
            }
        }
        assertThat(send("GET", "/models/" + id, null, "Accept-Language", "en").text())
                .contains("Cross-validated metrics", "data-chart=\"parity\"", "MPa", "/api/models/" + id + "/artifact");
        Answer missing = send("GET", "/models/00000000-0000-0000-0000-000000000000", null, "Accept-Language", "ko");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text()).contains("모델을 찾을 수 없습니다");
    }
}
