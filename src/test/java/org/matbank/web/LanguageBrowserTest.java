package org.matbank.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Switching language in the header: the page and the next pages speak Korean, with Korean glyphs. */
class LanguageBrowserTest extends BrowserTest {

    @Test
    void switchingToKoreanTranslatesThisAndTheNextPagesWithKoreanGlyphs() {
        page.navigate(url("/search"));
        assertThat(page.locator("h1")).hasText("Search materials");
        page.locator(".langs a[hreflang=ko]").click();
        assertThat(page.locator("h1")).hasText("소재 검색");
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
        page.locator("nav a[href='/']").click();
        assertThat(page.locator("h1")).hasText("소재 정보 은행");
        // the Korean text is drawn with a font that has the glyphs (fonts-nanum), not as empty boxes
        page.evaluate("() => document.fonts.ready");
        Object covered = page.evaluate("() => document.fonts.check('16px NanumGothic', '소재 정보 은행')");
        assertThat(covered).as("NanumGothic installed and covering Hangul").isEqualTo(true);
        screenshot("home-ko");
        page.locator(".langs a[hreflang=en]").click();
        assertThat(page.locator("h1")).hasText("Materials information bank");
        screenshot("home-en");
    }
}
