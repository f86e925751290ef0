package org.matbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;

/**
 * Composition percentages on the material page are only shown for amounts that make up a whole:
 * a spec listing its alloying elements alone must not read as 80 % chromium.
 */
class MaterialCompositionRenderTest extends HttpApiTest {

    private static final Pattern CHROMIUM_ROW = Pattern.compile("<th scope=\"row\">Cr</th>\\s*<td class=\"num\">([^<]*)</td>\\s*"
            + "<td class=\"num\">([^<]*)</td>\\s*<td class=\"num\">([^<]*)</td>");

    @Test
    void alloyingElementsAloneAreShownAsEnteredWithoutMadeUpPercentages() {
        String[] cells = chromium("{\"Cr\":1.2,\"Mo\":0.3}");
        assertThat(cells[0]).isEqualTo("1.2");
        assertThat(cells[1]).as("mass %").isEmpty();
        assertThat(cells[2]).as("atomic %").isEmpty();
    }

    @Test
    void aWholeCompositionIsShownInMassAndAtomicPercent() {
        String[] cells = chromium("{\"Fe\":97.5,\"Cr\":2.5}");
        assertThat(cells[1]).as("mass %").isEqualTo("2.5");
        // Cr is lighter than Fe: its atomic share is a little larger than its mass share
        assertThat(Double.parseDouble(cells[2])).as("atomic %").isBetween(2.6, 2.8);
    }

    private String[] chromium(String quantities) {
        Answer made = post("/api/records", """
                {"type":"material_spec","name":"partial %s","properties":[{"name":"composition","origin":"specified",
                 "value":{"type":"nominal_composition","quantities":%s,"basis":"mass"}}]}""".formatted(unique(), quantities));
        assertThat(made.status()).as(made.text()).isEqualTo(201);
        Answer page = send("GET", "/materials/" + made.object().path("id").asString(), null, "Accept-Language", "en");
        assertThat(page.status()).isEqualTo(200);
        Matcher row = CHROMIUM_ROW.matcher(page.text());
        assertThat(row.find()).as(page.text()).isTrue();
        return new String[] {row.group(1).strip(), row.group(2).strip(), row.group(3).strip()};
    }
}
