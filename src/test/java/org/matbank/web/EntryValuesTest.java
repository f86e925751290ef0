package org.matbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.matbank.record.NominalComposition;

/** What the entry form reads as a number or a composition, and what it refuses rather than guess. */
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

    @Test
    void aComponentInTwoRowsIsAProblemNamingItNotASum() {
        // free rows: no component list, so the researcher names each one
        EntryField composition = new EntryField("m-p0", "properties", UUID.randomUUID(), 1, "composition", "Composition",
                "composition", List.of(), "", List.of(), false, null, 4);
        EntryValues values = new EntryValues(Map.of("m-p0-n0", "Fe", "m-p0-q0", "97.6", "m-p0-n1", "Cr", "m-p0-q1", "1.0",
                "m-p0-n2", "Cr", "m-p0-q2", "0.4"));

        NominalComposition value = (NominalComposition) values.value(composition);

        assertThat(value.quantities()).as("nothing added up").containsEntry("Cr", 1.0);
        assertThat(values.problems().get("m-p0")).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("form.duplicate");
            assertThat(v.value()).isEqualTo("Cr");
        });
    }
}
