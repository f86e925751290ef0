package org.matbank.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import org.junit.jupiter.api.Test;

/**
 * The model pages in chromium, on the demo steels: a model trained through the page's form opens
 * with its metrics, parity plot, importance and partial-dependence charts; the prediction form
 * answers a value with its uncertainty and warns of an extrapolation; the what-if view draws its
 * curve; the artifact downloads; the list shows the model in Korean too.
 */
class ModelPagesBrowserTest extends BrowserTest {

    @Test
    void aModelTrainedInThePageIsInspectedPredictedAndDownloaded() {
        String name = "page model " + unique();
        page.navigate(url("/models"));
        page.locator("#train-name").fill(name);
        page.locator("#train-target").fill("property:fatigue strength");
        page.locator("#train-filter").fill("tags HAS \"demo\" AND tags HAS \"nims-fatigue\"");
        page.locator("#train-kind").selectOption("linear");
        page.locator("#train-folds").fill("4");
        page.locator("#train-submit").click();

        assertThat(page.locator("h1")).hasText(name + " v1");
        assertThat(page.locator("#metric-r2")).not().isEmpty();
        assertThat(page.locator("#parity-chart svg")).isVisible();
        assertThat(page.locator("#importance-chart svg")).isVisible();
        assertThat(page.locator("#importance tbody tr").first()).isVisible();
        assertThat(page.locator(".pdp-grid [data-chart] svg").first()).isVisible();
        double r2 = Double.parseDouble(page.locator("#metric-r2").textContent().strip());
        assertThat(r2).as("the linear baseline explains most of the fatigue strength").isGreaterThan(0.9);
        screenshot("model");

        page.locator("#predict-submit").click();
        assertThat(page.locator("#predicted-value")).containsText("MPa");
        assertThat(page.locator("#extrapolation")).hasCount(0);
        page.locator("label:text-is('parameter:tempering/tempering temperature') + input").fill("1500");
        page.locator("#predict-submit").click();
        assertThat(page.locator("#extrapolation")).containsText("parameter:tempering/tempering temperature");

        page.locator("#whatif-column").selectOption("parameter:tempering/tempering temperature");
        page.locator("#whatif-submit").click();
        assertThat(page.locator("#whatif-chart svg")).isVisible();

        Download download = page.waitForDownload(() -> page.locator("#artifact").click());
        assertThat(download.suggestedFilename()).endsWith("-v1.zip");

        page.navigate(url("/models?lang=ko"));
        assertThat(page.locator("#model-list")).containsText(name);
        assertThat(page.locator("h1")).hasText("모델");
        screenshot("models-ko");
    }
}
