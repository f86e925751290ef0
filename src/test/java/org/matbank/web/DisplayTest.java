package org.matbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The unit switches offer only units a value can really be converted to. */
class DisplayTest {

    @Test
    void aFractionIsNeverOfferedInAnotherBasisAndAPlainNumberNeverAsAFraction() {
        assertThat(Display.choices("wt%")).contains("wt%").doesNotContain("at%", "mol%", "vol%");
        assertThat(Display.choices("")).doesNotContain("wt%", "at%", "mol%", "vol%");
        assertThat(Display.choices("MPa")).contains("MPa", "GPa", "Pa", "kPa").doesNotContain("wt%");
        assertThat(Display.choices(null)).doesNotContain("wt%");
    }
}
