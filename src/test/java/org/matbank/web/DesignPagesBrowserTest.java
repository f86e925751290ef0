package org.matbank.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The design pages in chromium, on the demo steels and a small linear model: a design started
 * through the form opens with its candidates, history and Pareto charts; the candidates download
 * as CSV; the next round retrains and opens as round 2; the form's controls are reached with Tab
 * alone, and Enter on the setup button sets the form up.
 */
class DesignPagesBrowserTest extends BrowserTest {

    @Test
    void aDesignStartedInThePageIsInspectedDownloadedAndRunAgain() throws IOException {
        String s = unique();
        Answer trained = post("/api/models", """
                {"name":"design page %s","table":{"filter":"tags HAS \\"demo\\" AND tags HAS \\"nims-fatigue\\""},
                 "target":"property:fatigue strength","kind":"linear","folds":3}""".formatted(s));
        assertThat(trained.status()).as("%s", trained).isEqualTo(201);
        String model = trained.body().path("id").asString();

        page.navigate(url("/designs"));
        page.locator("input[name=model][value='" + model + "']").check();
        page.locator("#setup-submit").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#space")).containsText("composition:C (mass fraction)");

        List<String> reached = new ArrayList<>();
        page.locator("#design-name").focus();
        for (int i = 0; i < 200 && !reached.contains("design-submit"); i++) {
            page.keyboard().press("Tab");
            reached.add(String.valueOf(page.evaluate("document.activeElement.id")));
        }
        assertThat(reached).as("Tab reaches every control of the form").contains("t-0-kind", "t-0-low", "t-0-unit", "design-rules",
                "design-strategy", "design-acquisition", "design-samples", "design-candidates", "design-seed", "design-submit");

        String name = "tough steel " + s;
        page.locator("#design-name").fill(name);
        screenshot("design-form");
        page.locator("#t-0-kind").selectOption("at-least");
        page.locator("#t-0-low").fill("700");
        page.locator("#design-samples").fill("400");
        page.locator("#design-candidates").fill("4");
        page.locator("#design-seed").fill("1");
        page.locator("#design-submit").click();
        try {
            page.waitForURL(java.util.regex.Pattern.compile(".*/designs/[0-9a-f-]{36}$"), new com.microsoft.playwright.Page.WaitForURLOptions()
                    .setTimeout(90_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("the design did not open: " + page.locator("main").textContent(), e);
        }

        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.locator("#candidates tbody tr")).hasCount(4);
        assertThat(page.locator("#candidates thead")).containsText("property:fatigue strength (MPa)");
        assertThat(page.locator("#candidates tbody tr").first()).containsText("±");
        assertThat(page.locator("#pareto-chart svg")).isVisible();
        assertThat(page.locator("#history-chart svg")).isVisible();
        screenshot("design");

        // a click on a proposed candidate of the Pareto chart names its rank: the first one no other point
        // covers (candidates sure to meet the target share a score), clicked again while the chart still settles
        page.locator("#pareto-chart").scrollIntoViewIfNeeded();
        String where = """
                (() => { const el = document.getElementById('pareto-chart'); const chart = echarts.getInstanceByDom(el);
                  const series = chart.getOption().series; const box = el.getBoundingClientRect();
                  const px = (s, d) => chart.convertToPixel({seriesIndex: s}, [d[0], d[1]]);
                  const all = series.flatMap((s, i) => s.data.map(d => px(i, d)));
                  const mine = series[1].data.map(d => [px(1, d), d[2]]);
                  const free = mine.find(([p]) => all.filter(q => Math.hypot(q[0] - p[0], q[1] - p[1]) < 14).length === 1) || mine[0];
                  return [box.left + free[0][0], box.top + free[0][1], free[1]]; })()""";
        List<?> point = null;
        for (int attempt = 0; attempt < 10 && !page.locator("#pareto-picked").textContent().startsWith("Candidate"); attempt++) {
            point = (List<?>) page.evaluate(where);
            page.mouse().click(((Number) point.get(0)).doubleValue(), ((Number) point.get(1)).doubleValue());
            page.waitForTimeout(300);
        }
        assertThat(page.locator("#pareto-picked")).hasText("Candidate " + ((Number) point.get(2)).intValue());

        Download download = page.waitForDownload(() -> page.locator("#csv").click());
        assertThat(download.suggestedFilename()).endsWith("-round-1.csv");
        List<String> lines = Files.readAllLines(download.path());
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("rank,score,probability");

        page.locator("#next-submit").focus();
        page.keyboard().press("Enter");
        page.waitForURL("**round=2");
        assertThat(page.locator(".rounds a[aria-current=page]")).hasText("Round 2");
        assertThat(page.locator("#candidates tbody tr")).hasCount(4);
        assertThat(page.locator("#history-chart svg")).isVisible();

        page.navigate(url("/designs?lang=ko"));
        assertThat(page.locator("#design-list")).containsText(name);
        assertThat(page.locator("h1")).hasText("역설계");
        page.locator("#design-list a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(name)).click();
        assertThat(page.locator("#candidates thead")).containsText("순위");
        screenshot("design-ko");
    }
}
