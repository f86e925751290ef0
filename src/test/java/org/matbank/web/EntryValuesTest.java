package org.matbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the entry form reads as a number, and what it refuses rather than guess. */
class EntryValuesTest {

    @Test
    void numbersAsResearchersWriteThemAreRead() {
        EntryValues values = new EntryValues(Map.of());
        for (String text : List.of("480", "-3.5", ".5", "1.2e3", "2E-4", "+7")) {
            assertThat(values.number("f", text)).as(text).isEqualTo(Double.parseDouble(text));
        }
        assertThat(values.problems()).isEmpty();
    }

    @Test
    void textThatJavaButNoResearcherReadsAsANumberIsAProblemOfItsField() {
        EntryValues values = new EntryValues(Map.of());
        for (String text : List.of("1,5", "12d", "0x1p3", "NaN", "Infinity", "1e999", "12 MPa", "abc")) {
            assertThat(values.number("x-p0", text)).as(text).isNull();
        }
        assertThat(values.problems().get("x-p0")).hasSize(8).allMatch(v -> v.rule().equals("form.number"));
    }
}
