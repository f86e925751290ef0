package org.matbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;

/**
 * Every page answers in both languages with every message found: Thymeleaf writes a missing
 * message as ??key_locale??, which no user should ever read.
 */
class PagesRenderTest extends HttpApiTest {

    /** Pages anyone may open, without data of their own. */
    static final List<String> PAGES = List.of("/", "/search", "/search?text=steel", "/login");

    @Test
    void everyPageRendersInKoreanAndInEnglish() {
        for (String path : PAGES) {
            for (String language : List.of("ko", "en")) {
                Answer page = send("GET", path, null, "Accept-Language", language);
                assertThat(page.status()).as(path + " in " + language).isEqualTo(200);
                assertThat(page.text()).as(path + " in " + language).doesNotContain("??").contains("<html lang=\"" + language + "\"");
            }
        }
    }

    @Test
    void anUnknownPageAnswers404WithAPageInTheBrowsersLanguage() {
        Answer ko = send("GET", "/no-such-page", null, "Accept-Language", "ko", "Accept", "text/html");
        assertThat(ko.status()).isEqualTo(404);
        assertThat(ko.text()).contains("<html lang=\"ko\"", "찾을 수 없음").doesNotContain("??");
        Answer en = send("GET", "/no-such-page", null, "Accept-Language", "en", "Accept", "text/html");
        assertThat(en.text()).contains("Not found");
    }

    @Test
    void aPageFormWithoutAValidSessionTokenIsSentToSignInNotAnsweredWithJson() {
        long before = jdbc.sql("select count(*) from import_job").query(Long.class).single();
        Answer refused = send("POST", "/imports", null, "Accept-Language", "ko");
        assertThat(refused.status()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from import_job").query(Long.class).single()).isEqualTo(before);
        Answer signIn = send("GET", "/login?expired", null, "Accept-Language", "ko");
        assertThat(signIn.text()).contains("유효한 세션 없이 양식이 전송되었습니다").doesNotContain("??");
    }

    @Test
    void theSwitchOverridesTheBrowsersLanguage() {
        assertThat(send("GET", "/search?lang=ko", null, "Accept-Language", "en").text()).contains("<html lang=\"ko\"", "소재 검색");
        assertThat(send("GET", "/search?lang=en", null, "Accept-Language", "ko").text()).contains("<html lang=\"en\"", "Search materials");
    }
}
