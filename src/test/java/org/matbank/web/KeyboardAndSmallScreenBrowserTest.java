package org.matbank.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Without a mouse and on a phone: the skip link, searching by keyboard, no page wider than the screen. */
class KeyboardAndSmallScreenBrowserTest extends BrowserTest {

    @Test
    void aKeyboardUserSkipsToTheContentAndSearchesWithoutAMouse() {
        page.navigate(url("/"));
        page.keyboard().press("Tab");
        assertThat(page.locator(".skip")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*#main$"));
        page.locator("#home-text").focus();
        page.keyboard().type("steel");
        page.keyboard().press("Enter");
        assertThat(page.locator("#total")).containsText("materials found");
        // facet values are links: reachable with Tab, followed with Enter
        page.locator("[data-facet=template] a").first().focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#q-filter")).hasValue(Pattern.compile("template = .*"));
        // the language switch follows the address htmx pushed: Korean keeps the filter
        page.locator(".langs a[hreflang=ko]").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#q-filter")).hasValue(Pattern.compile("template = .*"));
        assertThat(page.locator("h1")).hasText("소재 검색");
    }

    @Test
    void onAPhoneThePagesFitTheScreenWidth() {
        page.setViewportSize(390, 844);
        for (String path : new String[] {"/", "/search?text=steel", "/login"}) {
            page.navigate(url(path));
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow of " + path + " in px").isLessThanOrEqualTo(0);
        }
        page.navigate(url("/search?text=steel"));
        screenshot("search-phone");
    }

    @Test
    void aColumnShownInAnotherUnitShowsTheConvertedValue() {
        page.navigate(url("/search?filter=property.%22fatigue%20strength%22%20IS%20KNOWN&col=property:fatigue%20strength"));
        String mpa = page.locator(".results-table tbody tr").first().locator("td.num").first().textContent();
        assertThat(page.locator(".results-table thead th.num").first()).hasText("fatigue strength (MPa)");
        page.navigate(page.url() + "&" + "unit.property:fatigue%20strength=GPa");
        assertThat(page.locator(".results-table thead th.num").first()).hasText("fatigue strength (GPa)");
        String gpa = page.locator(".results-table tbody tr").first().locator("td.num").first().textContent();
        assertThat(Double.parseDouble(gpa) * 1000).isCloseTo(Double.parseDouble(mpa), offset(0.5));
    }
}
