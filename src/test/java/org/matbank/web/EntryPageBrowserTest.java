package org.matbank.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Data entry in a browser: pick the templates, fill the generated form, see the API's message at
 * a field as soon as an out-of-bounds value is typed (nothing is written), see it go when the
 * value is fixed, and save: the material exists in the API with its history.
 */
class EntryPageBrowserTest extends BrowserTest {

    private DemoTemplates templates;
    @BeforeEach
    void templates() {
        templates = new DemoTemplates(get("/api/templates").body());
    }

    @Test
    void anOutOfBoundsValueShowsTheApisMessageAtOnceFixingItClearsItAndSavingCreatesTheMaterial() {
        page.navigate(url("/entry"));
        page.locator("#pick-material").selectOption(templates.id("steel"));
        // the pick form comes back with the steel's own set first
        assertThat(page.locator("#pick-step-0 optgroup").first()).hasAttribute("label", "Same set as the material");
        assertThat(page.locator("#pick-step-0 optgroup").first().locator("option")).hasCount(6);
        page.locator("#pick-step-0").selectOption(templates.id("hot-working"));
        page.locator("#pick-step-1").selectOption(templates.id("tempering"));
        page.locator("#pick-measurement").selectOption(templates.id("fatigue-test"));
        page.locator("#pick-show").click();
        assertThat(page.locator("#sec-s2 h2")).containsText("Tempering");

        String name = "browser steel " + unique();
        page.locator("#name").fill(name);
        page.locator("#m-p0-q0").fill("97.6");
        page.locator("#m-p0-q1").fill("0.42");
        page.locator("#m-p0-q3").fill("0.75");
        page.locator("#s1-a0-v").fill("8");
        page.locator("#s2-a0-v").fill("550");
        page.locator("#s2-a1-v").fill("60");
        page.locator("#s2-a2-v").fill("8");
        page.locator("#x-c1-v").selectOption("rotating bending");
        long objects = objectCount();

        page.locator("#x-p0-v").pressSequentially("5000");

        Locator message = page.locator("#err-x-p0 .problem");
        assertThat(message).containsText("attribute 'fatigue strength' must lie in 0.0..3000.0 MPa");
        assertThat(message.locator(".rule")).hasText("bounds.range");
        assertThat(page.locator("#entry-status")).containsText("One problem");
        assertThat(page).hasURL(Pattern.compile(".*/entry\\?.*"));
        assertThat(objectCount()).as("nothing written while typing").isEqualTo(objects);
        screenshot("entry-problem");

        page.locator("#x-p0-v").fill("");
        page.locator("#x-p0-v").pressSequentially("480");

        assertThat(page.locator("#entry-status .note")).containsText("No problems found");
        assertThat(message).hasCount(0);
        page.locator("#x-p0-e").fill("12");
        screenshot("entry-filled");

        page.locator("#entry-save").click();
        // saving opens the new material's page
        page.waitForURL(Pattern.compile(".*/materials/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).hasText(name);
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);
        JsonNode history = get("/api/records/" + id + "/history").body();
        assertThat(history.path("nodes").values()).anySatisfy(n -> {
            assertThat(n.path("type").asString()).isEqualTo("measurement_run");
            assertThat(n.path("properties").path(0).path("value").path("mean").asDouble()).isEqualTo(480);
        });
        assertThat(history.path("nodes").values()).filteredOn(n -> n.path("type").asString().equals("process_run"))
                .extracting(n -> n.path("step_order").asInt()).containsExactlyInAnyOrder(1, 2);
        assertThat(get("/api/records/" + id).body().path("name").asString()).isEqualTo(name);
    }

    private long objectCount() {
        return jdbc.sql("select count(*) from record_object").query(Long.class).single();
    }
}
