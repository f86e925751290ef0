package org.matbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.matbank.ingest.DemoLoader;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The templates and entry pages answer in Korean and in English with every message found (no
 * Thymeleaf ??key?? marker), in every state: lists, an attribute and an object template, the
 * empty and the generated entry form, and the pages for what does not exist.
 */
class TemplatesEntryRenderTest extends HttpApiTest {

    @Autowired
    private DemoLoader demo;

    @Test
    void everyTemplatesAndEntryPageRendersInKoreanAndInEnglish() {
        demo.loadIfAbsent();
        DemoTemplates t = new DemoTemplates(get("/api/templates").body());
        List<String> pages = List.of("/templates", "/templates/" + t.id("steel"), "/templates/" + t.id("fatigue-strength"),
                "/templates/" + t.id("loading-mode") + "?version=1", "/templates/" + t.id("tempering"), "/entry",
                "/entry?" + t.pick(), "/entry?material=" + t.id("steel"));
        for (String path : pages) {
            for (String language : List.of("ko", "en")) {
                Answer page = send("GET", path, null, "Accept-Language", language);
                assertThat(page.status()).as(path + " in " + language).isEqualTo(200);
                assertThat(page.text()).as(path + " in " + language).doesNotContain("??").contains("<html lang=\"" + language + "\"");
            }
        }
        assertThat(send("GET", "/entry?" + t.pick(), null, "Accept-Language", "ko").text())
                .contains("새 소재 입력", "피로강도", "뜨임");
        assertThat(send("GET", "/templates/" + t.id("fatigue-strength"), null, "Accept-Language", "ko").text())
                .contains("0 ~ 3000 MPa");
        assertThat(send("GET", "/templates/" + t.id("fatigue-strength"), null, "Accept-Language", "en").text())
                .contains("0 to 3000 MPa");
    }

    @Test
    void missingTemplatesAnswer404WithAPageInBothLanguages() {
        for (String path : List.of("/templates/" + java.util.UUID.randomUUID(), "/templates/not-an-id",
                "/templates/" + java.util.UUID.randomUUID() + "?version=x")) {
            for (String language : List.of("ko", "en")) {
                Answer page = send("GET", path, null, "Accept-Language", language);
                assertThat(page.status()).as(path).isEqualTo(404);
                assertThat(page.contentType()).contains("text/html");
                assertThat(page.text()).doesNotContain("??").contains(language.equals("ko") ? "템플릿을 찾을 수 없습니다" : "No such template");
            }
        }
    }
}
