package org.matbank.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/** The entry form in Korean: Korean labels of the templates, and the API's message at the field. */
class EntryPageKoreanBrowserTest extends BrowserTest {

    @Override
    protected String locale() {
        return "ko-KR";
    }

    @Test
    void theFormSpeaksKoreanAndShowsTheApisMessageAtTheField() {
        DemoTemplates templates = new DemoTemplates(get("/api/templates").body());
        page.navigate(url("/entry?" + templates.pick()));
        assertThat(page.locator("h1")).hasText("새 소재 입력");
        assertThat(page.locator("#fld-x-p0 label.name")).containsText("피로강도");
        assertThat(page.locator("#sec-s2 h2")).containsText("2단계");

        page.locator("#name").fill("시험강 " + unique());
        page.locator("#m-p0-q0").fill("97.6");
        page.locator("#m-p0-q1").fill("0.42");
        page.locator("#s1-a0-v").fill("8");
        page.locator("#s2-a0-v").fill("550");
        page.locator("#s2-a1-v").fill("60");
        page.locator("#s2-a2-v").fill("8");
        page.locator("#x-p0-v").pressSequentially("5000");

        assertThat(page.locator("#err-x-p0 .problem")).containsText("must lie in 0.0..3000.0 MPa");
        assertThat(page.locator("#entry-status")).containsText("고쳐야 할 문제");
        screenshot("entry-ko");
    }
}
