package org.matbank.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The search page in a browser: facets narrow the results, the Ashby chart draws and opens a material. */
class SearchPageBrowserTest extends BrowserTest {

    @Test
    void aFacetClickNarrowsTheResultsAndKeepsTheFilterInTheUrl() {
        page.navigate(url("/search?text=steel"));
        long before = total();
        Locator steel = page.locator("[data-facet=template] a", new Page.LocatorOptions().setHasText("steel"));
        steel.first().click();
        assertThat(page.locator("#q-filter")).hasValue("template = \"steel\"");
        assertThat(page).hasURL(Pattern.compile(".*filter=template.*steel.*"));
        long after = total();
        assertThat(after).isPositive().isLessThanOrEqualTo(before);
        assertThat(page.locator("[data-facet=template] a.on")).hasCount(1);
        screenshot("search-facet");
    }

    @Test
    void theAshbyChartDrawsTheResultsOnLogAxesAndAPointOpensItsMaterial() {
        page.navigate(url("/search?filter=" + URLEncoder.encode("property.\"fatigue strength\" IS KNOWN",
                StandardCharsets.UTF_8)));
        Locator chart = page.locator("#ashby");
        assertThat(chart).hasAttribute("data-drawn", "true");
        int points = ((Number) page.evaluate("() => JSON.parse(document.getElementById('ashby').dataset.series).length")).intValue();
        assertThat(points).as("points with both values").isGreaterThan(100);
        assertThat(page.locator("#axis-y option[selected]")).hasText(Pattern.compile("fatigue strength \\(MPa\\)"));
        Object axis = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('ashby')).getOption().yAxis[0].type");
        assertThat(axis).as("the strength axis is logarithmic").isEqualTo("log");
        screenshot("search-ashby");
        // click the first point where ECharts drew it
        Object xy = page.evaluate("""
                () => { const el = document.getElementById('ashby'); const c = echarts.getInstanceByDom(el);
                        const p = JSON.parse(el.dataset.series)[0]; return c.convertToPixel({seriesIndex: 0}, [p.x, p.y]); }""");
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) xy;
        chart.scrollIntoViewIfNeeded();
        var box = chart.boundingBox();
        page.mouse().click(box.x + pixel.get(0).doubleValue(), box.y + pixel.get(1).doubleValue());
        page.waitForURL(Pattern.compile(".*/materials/[0-9a-f-]{36}$"));
    }

    private long total() {
        String text = page.locator("#total").textContent();
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }
}
