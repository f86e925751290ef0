package org.matbank.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A material name is data, never markup: a name written as a script shows as text in the result
 * table, the facets and the chart, and nothing runs.
 */
class ScriptInjectionBrowserTest extends BrowserTest {

    @Test
    void aMaterialNamedLikeAScriptIsShownAsTextAndNeverRuns() {
        String s = unique();
        String name = "<img src=x onerror=alert('" + s + "')><script>alert(1)</script>";
        String template = attributeTemplate("property_template", "xss hardness " + s,
                "{\"type\":\"real_bounds\",\"lower_bound\":0,\"upper_bound\":5000,\"default_units\":\"MPa\"}");
        Answer created = post("/api/records", """
                {"type":"material_spec","name":%s,"institution":"<b>Lab %s</b>","properties":[
                  {"name":"xss hardness %s","template":%s,"value":{"type":"nominal_real","nominal":700,"units":"MPa"}}]}"""
                .formatted(JSON.writeValueAsString(name), s, s, link(template)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        page.navigate(url("/search?filter=" + URLEncoder.encode("institution = \"<b>Lab " + s + "</b>\"", StandardCharsets.UTF_8)));
        assertThat(page.locator(".results-table tbody a")).hasText(name);
        assertThat(page.locator("[data-facet=institution] a")).containsText("<b>Lab " + s + "</b>");
        assertThat(page.locator("#ashby")).hasAttribute("data-drawn", "true");
        // the chart's tooltip shows the name as text too
        Locator chart = page.locator("#ashby");
        chart.scrollIntoViewIfNeeded();
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) page.evaluate("""
                () => { const el = document.getElementById('ashby'); const c = echarts.getInstanceByDom(el);
                        const p = JSON.parse(el.dataset.series)[0]; return c.convertToPixel({seriesIndex: 0}, [p.x, p.y]); }""");
        var box = chart.boundingBox();
        page.mouse().move(box.x + pixel.get(0).doubleValue(), box.y + pixel.get(1).doubleValue());
        assertThat(page.locator("#ashby div[style*='z-index']").filter(new Locator.FilterOptions().setHasText("onerror")))
                .containsText(name);
        assertThat(dialogs).as("scripts that ran").isEmpty();
        assertThat(page.locator("img[src=x]")).hasCount(0);
    }
}
