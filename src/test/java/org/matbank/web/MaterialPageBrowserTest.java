package org.matbank.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Locator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Opening a material and seeing its history graph and curve: a demo NIMS steel opened from the
 * search page (graph, composition, a unit switch), and a material made here through the JSON API
 * whose tensile test carries a stress-strain curve, in English and Korean.
 */
class MaterialPageBrowserTest extends BrowserTest {

    private static final String GRAPH = "document.getElementById('history-graph')";

    @Test
    void aSteelOpenedFromTheSearchPageShowsItsWholeHistoryAndCompositionAndSwitchesAUnit() {
        page.navigate(url("/search?filter=" + URLEncoder.encode("property.\"fatigue strength\" IS KNOWN", StandardCharsets.UTF_8)));
        Locator first = page.locator(".results-table tbody tr td a").first();
        String name = first.textContent().strip();
        first.click();
        page.waitForURL(Pattern.compile(".*/materials/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).hasText(name);
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);
        JsonNode history = get("/api/records/" + id + "/history").body();
        int objects = history.path("nodes").size();

        // the graph draws every object of the history the API gives, and the table lists them for keyboards and screen readers
        assertThat(page.locator("#history-graph")).hasAttribute("data-drawn", "true");
        assertThat(objects).as("raw materials, ingredients, steps, materials and measurements").isGreaterThan(20);
        assertThat(number("echarts.getInstanceByDom(" + GRAPH + ").getOption().series[0].data.length")).isEqualTo(objects);
        assertThat(number("echarts.getInstanceByDom(" + GRAPH + ").getOption().series[0].links.length"))
                .isEqualTo(history.path("edges").size());
        assertThat(page.locator("#history-table tbody tr")).hasCount(objects);
        assertThat(page.locator("#history-table tbody tr[data-family=process]").first()).containsText("melting");

        // the composition: iron first, with mass and atomic percent, and its chart
        assertThat(page.locator("#composition-table tbody tr").first().locator("th")).hasText("Fe");
        assertThat(page.locator("#composition-table tbody tr")).hasCount(10);
        assertThat(page.locator("#composition-chart")).hasAttribute("data-drawn", "true");

        // the fatigue strength as measured, in MPa, then in GPa
        double mpa = fatigueStrength(history);
        Locator strength = page.locator("#properties-table tr[data-name='fatigue strength']");
        assertThat(strength.locator(".value")).hasText(SearchTable.shown(mpa));
        assertThat(strength.locator("select")).hasValue("MPa");
        screenshot("material-steel");
        strength.locator("select").selectOption("GPa");
        assertThat(strength.locator(".value")).hasText(SearchTable.shown(mpa / 1000));
        assertThat(Double.parseDouble(strength.locator(".value").textContent().strip())).isCloseTo(mpa / 1000, within(1e-9));
        assertThat(strength.locator("select")).hasValue("GPa");
        assertThat(page).hasURL(Pattern.compile(".*unit\\.fatigue(\\+|%20)strength=GPa.*"));
    }

    @Test
    void aSteelReadsInKorean() {
        page.navigate(url("/search?lang=ko&filter=" + URLEncoder.encode("property.\"fatigue strength\" IS KNOWN",
                StandardCharsets.UTF_8)));
        page.locator(".results-table tbody tr td a").first().click();
        page.waitForURL(Pattern.compile(".*/materials/[0-9a-f-]{36}$"));
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
        assertThat(page.locator("#history-h")).hasText("공정 이력");
        assertThat(page.locator("#properties-table tr[data-name='fatigue strength'] th")).hasText("피로강도");
        assertThat(page.locator("#history-graph")).hasAttribute("data-drawn", "true");
        screenshot("material-steel-ko");
    }

    @Test
    void aMaterialWithAStressStrainCurveShowsItPlottedAndItsTestOpensFromTheGraph() {
        String s = unique();
        Answer file = upload("tensile-" + s + ".csv", "text/csv", ("strain,stress\n0,0\n" + s).getBytes(StandardCharsets.UTF_8));
        TensileHistory made = TensileHistory.create(this::post, s, file.body().path("sha256").asString());

        page.navigate(url("/materials/" + made.alloy() + "?lang=en"));
        assertThat(page.locator("h1")).hasText("Fe-30Ni alloy " + s);
        Locator curve = page.locator("#curves [data-chart=curve]");
        assertThat(curve).hasCount(1);
        assertThat(curve).hasAttribute("data-drawn", "true");
        String chart = "echarts.getInstanceByDom(document.querySelector('#curves [data-chart=curve]')).getOption()";
        assertThat(number(chart + ".series[0].data.length")).isEqualTo(TensileHistory.POINTS);
        assertThat(page.evaluate("() => [" + chart + ".xAxis[0].name, " + chart + ".yAxis[0].name]"))
                .isEqualTo(List.of("strain", "stress (MPa)"));
        assertThat(((Number) page.evaluate("() => " + chart + ".series[0].data[" + (TensileHistory.POINTS - 1) + "][1]"))
                .doubleValue()).isCloseTo(TensileHistory.stress(TensileHistory.POINTS - 1), within(1e-9));
        // the strength with its uncertainty, the curve's row pointing at its chart, and the files to download
        Locator strength = page.locator("#properties-table tr[data-name='tensile strength " + s + "']");
        assertThat(strength.locator(".value")).hasText("850 ± 12");
        assertThat(strength).containsText("normal: mean ± standard deviation");
        assertThat(page.locator("#properties-table tr[data-name='stress-strain curve " + s + "'] .value a")).hasText("25 points, plotted below");
        assertThat(page.locator("#attachments a[href='/api/files/" + made.sha256() + "']")).hasText("tensile-" + s + ".csv");
        assertThat(page.locator("#composition-table tbody tr")).hasCount(2);
        int objects = get("/api/records/" + made.alloy() + "/history").body().path("nodes").size();
        assertThat(number("echarts.getInstanceByDom(" + GRAPH + ").getOption().series[0].data.length")).isEqualTo(objects)
                .isEqualTo(10);
        screenshot("material-curve");

        page.navigate(url("/materials/" + made.alloy() + "?lang=ko"));
        assertThat(page.locator("#curves-h")).hasText("곡선");
        assertThat(page.locator("#properties-table tr[data-name='tensile strength " + s + "'] th")).hasText("인장강도");
        assertThat(curve).hasAttribute("data-drawn", "true");
        screenshot("material-curve-ko");

        // the tensile test is a node of the graph: clicking it opens the test
        page.navigate(url("/materials/" + made.alloy() + "?lang=en"));
        assertThat(page.locator("#history-graph")).hasAttribute("data-drawn", "true");
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) page.evaluate("id => { const c = echarts.getInstanceByDom(" + GRAPH + ");"
                + " const i = c.getOption().series[0].data.findIndex(d => d.id === id);"
                + " return c.convertToPixel({seriesIndex: 0}, c.getOption().series[0].data[i].value); }", made.measurement());
        page.locator("#history-graph").scrollIntoViewIfNeeded();
        var box = page.locator("#history-graph").boundingBox();
        page.mouse().click(box.x + xy.get(0).doubleValue(), box.y + xy.get(1).doubleValue());
        page.waitForURL(Pattern.compile(".*/materials/" + made.measurement() + "$"));
        assertThat(page.locator("h1")).hasText("tensile test of alloy " + s);
        assertThat(page.locator("#curves [data-chart=curve]")).hasAttribute("data-drawn", "true");
    }

    private int number(String expression) {
        return ((Number) page.evaluate("() => " + expression)).intValue();
    }

    /** The fatigue strength in MPa, as the fatigue test of the history recorded it. */
    private static double fatigueStrength(JsonNode history) {
        for (JsonNode node : history.path("nodes").values()) {
            for (JsonNode p : node.path("properties").values()) {
                if ("fatigue strength".equals(p.path("name").asString())) {
                    assertThat(p.path("value").path("units").asString()).isEqualTo("MPa");
                    return p.path("value").path("nominal").asDouble();
                }
            }
        }
        throw new AssertionError("no fatigue strength in " + history);
    }
}
