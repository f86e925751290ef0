package org.matbank.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The templates pages in a browser: packs and templates listed, bounds shown, versions, the workbook download. */
class TemplatesPageBrowserTest extends BrowserTest {

    @Test
    void theListShowsThePacksAndTheTemplatesByKindAndATemplateShowsItsSlotsAndBounds() {
        page.navigate(url("/templates"));
        assertThat(page.locator("h1")).hasText("Templates");
        assertThat(page.locator("#packs tr[data-pack]")).hasCount(12);
        assertThat(page.locator("#packs tr[data-pack=metal]")).containsText("Metals and alloys");
        Locator materials = page.locator("#kind-material_template");
        assertThat(materials.locator("a", new Locator.LocatorOptions().setHasText("Steel"))).hasCount(1);
        screenshot("templates-list");

        materials.locator("a", new Locator.LocatorOptions().setHasText(Pattern.compile("^Steel$"))).click();
        assertThat(page.locator("h1")).containsText("Steel");
        Locator composition = page.locator("#slots-properties tr[data-attribute=composition]");
        assertThat(composition).containsText("required");
        assertThat(composition.locator(".chips li")).hasText(new String[] {"Fe", "C", "Si", "Mn", "P", "S", "Ni", "Cr", "Cu", "Mo"});
        screenshot("templates-steel");

        page.navigate(url("/templates"));
        page.locator("#kind-measurement_template a", new Page.LocatorOptions().setHasText("Rotating-bending fatigue test")).click();
        Locator strength = page.locator("#slots-properties tr[data-attribute='fatigue strength']");
        assertThat(strength.locator(".bounds")).hasText("0 to 3000 MPa");
        strength.locator("a").click();
        assertThat(page.locator("#bounds .bounds")).hasText("0 to 3000 MPa");
        assertThat(page.locator("#used-by")).containsText("Rotating-bending fatigue test");
    }

    @Test
    void theWorkbookOfATemplatesSetDownloadsAsARealWorkbook() throws Exception {
        page.navigate(url("/templates"));
        page.locator("#kind-material_template a", new Page.LocatorOptions().setHasText(Pattern.compile("^Steel$"))).click();
        assertThat(page.locator("#workbook-form input[name=template]:checked")).hasCount(9);

        Download download = page.waitForDownload(() -> page.locator("#workbook-download").click());

        assertThat(download.suggestedFilename()).endsWith(".xlsx");
        List<String> sheets = new ArrayList<>();
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
        }
        assertThat(sheets).containsSubsequence("Instructions", "Raw materials", "Materials", "Composition", "Process", "Properties");
    }

    @Test
    void theVersionSelectorShowsAnOlderVersionWithItsBounds() {
        String name = "hardness " + unique();
        String id = propertyTemplate(name, """
                {"type":"real_bounds","lower_bound":0,"upper_bound":100,"default_units":""}""");
        Answer changed = put("/api/templates/" + id, """
                {"version":1,"type":"property_template","name":"%s",
                 "bounds":{"type":"real_bounds","lower_bound":0,"upper_bound":3000,"default_units":""}}""".formatted(name));
        assertThat(changed.status()).as("%s", changed).isEqualTo(200);

        page.navigate(url("/templates/" + id));
        assertThat(page.locator("#bounds .bounds")).hasText("0 to 3000 (dimensionless)");
        page.locator("#version").selectOption("1");

        assertThat(page.locator("#bounds .bounds")).hasText("0 to 100 (dimensionless)");
        assertThat(page).hasURL(Pattern.compile(".*version=1.*"));
        assertThat(page.locator("main .note")).containsText("older version");
    }

    @Test
    void aPackLoadsFromThePageWithItsRequirements() {
        page.navigate(url("/templates"));
        page.locator("#packs tr[data-pack=fibre] button").click();

        assertThat(page.locator("#pack-loaded")).containsText("Pack fibre is in the bank");
        assertThat(page.locator("#packs tr[data-pack=fibre] td.state")).hasText("Loaded");
        assertThat(page.locator("#packs tr[data-pack=common] td.state")).hasText("Loaded");
        assertThat(page.locator("#packs tr[data-pack=fibre] .chips a", new Page.LocatorOptions().setHasText("Fibre")).first())
                .isVisible();
    }
}
