package org.matbank.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.matbank.access.AccountService;
import org.matbank.access.DatasetPeople;
import org.matbank.access.TokenService;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard's counts, growth chart and recent releases; signing in and out through the page. */
class DashboardAndSignInBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Autowired
    TokenService tokens;

    @Test
    void theDashboardCountsTheDemoByInstitutionDrawsTheGrowthAndListsANewRelease() {
        String series = "dash-" + unique();
        Answer release = post("/api/releases", """
                {"series":"%s","title":"Dashboard steels %s","creators":["Kim, Min-ji"],
                 "filter":"property.\\"fatigue strength\\" >= 1000 MPa"}""".formatted(series, series));
        assertThat(release.status()).as(release.text()).isEqualTo(201);
        page.navigate(url("/"));
        assertThat(page.locator("section.card").filter(new Locator.FilterOptions()
                .setHasText("Materials by institution"))).containsText("National Institute for Materials Science (NIMS), Japan");
        assertThat(page.locator("#by-institution")).hasAttribute("data-drawn", "true");
        assertThat(page.locator("#growth")).hasAttribute("data-drawn", "true");
        Object total = page.evaluate("() => { const s = JSON.parse(document.getElementById('growth').dataset.series);"
                + " return s.length ? s[s.length - 1].total : 0; }");
        assertThat(((Number) total).longValue()).as("materials stored up to today").isGreaterThanOrEqualTo(874);
        assertThat(page.locator("body")).containsText("Dashboard steels " + series + " v1");
        screenshot("home-release");
    }

    @Test
    void aUserSignsInThroughTheKoreanPageSeesTheirNameAndSignsOut() {
        DatasetPeople.Person kim = new DatasetPeople(accounts, tokens, unique()).user("kim");
        page.navigate(url("/login?lang=ko"));
        page.locator("#username").fill(kim.login());
        page.locator("#password").fill("not the password");
        page.locator("form.stack button").click();
        assertThat(page.locator("p.error")).containsText("로그인 실패");
        page.locator("#username").fill(kim.login());
        page.locator("#password").fill(DatasetPeople.PASSWORD);
        page.locator("form.stack button").click();
        assertThat(page.locator(".who")).hasText(kim.login());
        page.locator("header form button").click();
        assertThat(page.locator("p.note")).containsText("로그아웃되었습니다");
        assertThat(page.locator(".who")).hasCount(0);
    }
}
