package org.matbank.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Structured queries: unit-aware property ranges, compositions, process parameters of the history. */
class StructuredSearchApiTest extends SearchFixture {

    @Test
    void propertyRangesAreAnsweredInAnyUnitOfTheRightDimension() {
        String tag = "units-" + unique();
        create(tag,
                steel("S600", "\"Fe\":99,\"C\":1", 200, "600 MPa"),
                steel("S450", "\"Fe\":99,\"C\":1", 200, "0.45 GPa"),
                steel("S1200", "\"Fe\":99,\"C\":1", 200, "1200000000 Pa"));

        assertThat(names(tag, "property.\"tensile strength\" >= 0.5 GPa")).containsExactlyInAnyOrder("S600", "S1200");
        assertThat(names(tag, "property.\"tensile strength\" < 500 MPa")).containsExactly("S450");
        assertThat(names(tag, "property.\"tensile strength\" BETWEEN 0.5 GPa AND 700 MPa")).containsExactly("S600");
        assertThat(names(tag, "property.\"tensile strength\" = 600 MPa")).containsExactly("S600");
        assertThat(names(tag, "property.\"tensile strength\".measured >= 1 GPa")).containsExactly("S1200");
        assertThat(names(tag, "property.\"tensile strength\".predicted >= 1 GPa")).isEmpty();
        assertThat(names(tag, "condition.\"test temperature\" = 293.15 K")).hasSize(3);
        assertThat(names(tag, "NOT property.\"tensile strength\" >= 0.5 GPa OR name = \"s1200\""))
                .containsExactlyInAnyOrder("S450", "S1200");
    }

    @Test
    void compositionsAreSearchedByAmountElementsAndNumberOfComponents() {
        String tag = "comp-" + unique();
        create(tag,
                steel("CrMo", "\"Fe\":97.6,\"C\":0.4,\"Cr\":1.0,\"Mo\":1.0", 550, "900 MPa"),
                steel("Cr3", "\"Fe\":96.6,\"C\":0.4,\"Cr\":3.0", 550, "900 MPa"),
                steel("Plain", "\"Fe\":99.6,\"C\":0.4", 550, "500 MPa"));

        assertThat(names(tag, "composition.Cr BETWEEN 0.5 wt% AND 2 wt%")).containsExactly("CrMo");
        assertThat(names(tag, "composition.Cr > 2 wt%")).containsExactly("Cr3");
        assertThat(names(tag, "elements HAS ALL \"Cr\",\"Mo\"")).containsExactly("CrMo");
        assertThat(names(tag, "elements HAS ANY \"Mo\",\"Cr\"")).containsExactlyInAnyOrder("CrMo", "Cr3");
        assertThat(names(tag, "elements HAS ONLY \"Fe\",\"C\",\"Cr\"")).containsExactlyInAnyOrder("Cr3", "Plain");
        assertThat(names(tag, "nelements <= 3")).containsExactlyInAnyOrder("Cr3", "Plain");
        // atomic fractions come from atomic weights: 96.6 wt% Fe beside 3 wt% Cr and 0.4 wt% C is 95.0 at%
        assertThat(names(tag, "composition.Fe > 96 wt%")).containsExactlyInAnyOrder("CrMo", "Cr3", "Plain");
        assertThat(names(tag, "composition.Fe > 96 at%")).containsExactlyInAnyOrder("CrMo", "Plain");
        assertThat(names(tag, "composition.Cr IS KNOWN AND NOT composition.Mo IS KNOWN")).containsExactly("Cr3");
    }

    @Test
    void aVolumeCompositionNamesItsComponentsButNoMassOrAtomicAmounts() {
        String tag = "vol-" + unique();
        Answer created = post("/api/records", """
                {"type":"material_spec","name":"epoxy with glass","tags":["%s"],
                 "properties":[{"name":"composition","origin":"specified",
                   "value":{"type":"nominal_composition","basis":"volume","quantities":{"epoxy":60,"glass fibre":40}}}]}"""
                .formatted(tag));
        assertThat(created.status()).as("%s", created).isEqualTo(201);

        assertThat(names(tag, "elements HAS \"glass fibre\"")).containsExactly("epoxy with glass");
        assertThat(names(tag, "nelements = 2")).containsExactly("epoxy with glass");
        // 40 vol% is not 40 wt%: without densities MatBank does not pretend to know the mass fraction
        assertThat(names(tag, "composition.\"glass fibre\" IS KNOWN")).containsExactly("epoxy with glass");
        assertThat(names(tag, "composition.\"glass fibre\" > 1 wt%")).isEmpty();
    }

    @Test
    void processParametersOfTheHistoryFindTheMaterialTheyProduced() {
        String tag = "proc-" + unique();
        create(tag,
                steel("T550", "\"Fe\":99,\"C\":1", 550, "900 MPa"),
                steel("T350", "\"Fe\":99,\"C\":1", 350, "1100 MPa"),
                steel("T650", "\"Fe\":99,\"C\":1", 650, "700 MPa"));

        assertThat(names(tag, "parameter.\"tempering temperature\" BETWEEN 400 degC AND 600 degC")).containsExactly("T550");
        assertThat(names(tag, "parameter.\"tempering temperature\" >= 873.15 K")).containsExactly("T650");
        assertThat(names(tag, "parameter.\"tempering temperature\" BETWEEN 300 °C AND 600 °C AND "
                + "property.\"tensile strength\" >= 1 GPa")).containsExactly("T350");
    }

    @Test
    void identityFieldsAndDatesFilter() {
        String tag = "who-" + unique();
        create(tag,
                new Steel("K1", "\"Fe\":99,\"C\":1", 550, "900 MPa", "KIST", null),
                new Steel("P1", "\"Fe\":99,\"C\":1", 550, "900 MPa", "POSCO", null));

        assertThat(names(tag, "institution = \"KIST\"")).containsExactly("K1");
        assertThat(names(tag, "institution != \"KIST\"")).containsExactly("P1");
        assertThat(names(tag, "name STARTS WITH \"p\"")).containsExactly("P1");
        assertThat(names(tag, "kind = \"material_run\" AND intermediate = false")).hasSize(2);
        assertThat(names(tag, "created >= \"2000-01-01\"")).hasSize(2);
        assertThat(names(tag, "origin HAS \"measured\"")).hasSize(2);
    }

    @Test
    void aChangeLaterInTheHistoryIsFoundAtOnce() {
        String tag = "later-" + unique();
        String id = create(tag, steel("Late", "\"Fe\":99,\"C\":1", 550, "900 MPa")).get(0);
        String hardness = "hardness " + unique();
        Answer unknown = search(java.util.Map.of("filter", "property.\"" + hardness + "\" >= 200"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("errors").path(0).path("message").asString())
                .contains("no material has a property named '" + hardness + "'");

        Answer measured = post("/api/records", """
                {"type":"measurement_run","name":"hardness test","material":{"scope":"matbank","id":"%s"},
                 "properties":[{"name":"%s","origin":"measured","value":{"type":"nominal_real","nominal":250,"units":""}}]}"""
                .formatted(id, hardness));
        assertThat(measured.status()).as("%s", measured).isEqualTo(201);

        assertThat(names(tag, "property.\"" + hardness + "\" >= 200")).containsExactly("Late");
        List<String> test = List.of(measured.object().path("id").asString());
        Answer changed = put("/api/records/" + test.get(0), """
                {"type":"measurement_run","name":"hardness test","version":1,"material":{"scope":"matbank","id":"%s"},
                 "properties":[{"name":"%s","origin":"measured","value":{"type":"nominal_real","nominal":150,"units":""}}]}"""
                .formatted(id, hardness));
        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertThat(names(tag, "property.\"" + hardness + "\" >= 200")).isEmpty();
        assertThat(names(tag, "property.\"" + hardness + "\" < 200")).containsExactly("Late");
    }
}
