package org.matbank.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matbank.HttpApiTest;
import tools.jackson.databind.JsonNode;

/** Values keep the unit they were entered in, carry their SI value, and wrong dimensions are refused. */
class UnitsApiTest extends HttpApiTest {

    @ParameterizedTest(name = "{0} {1} is stored as entered with SI {2} {3}")
    @CsvSource(delimiter = ';', value = {
        "885; °C; 1158.15; K; temperature; 0; 2000; K",
        "885; degC; 1158.15; K; temperature; 0; 2000; K",
        "885; ℃; 1158.15; K; temperature; 0; 2000; K",
        "850; MPa; 8.5e8; Pa; stress; 0; 3000; MPa",
        "45; W/m/K; 45; W/(m·K); thermal conductivity; 0; 500; W/m/K",
        "7.85; g/cm^3; 7850; kg/m³; density; 0; 25; g/cm^3",
        "120; ppm; 1.2e-4; ; oxygen content; 0; 1; %"})
    void siValueIsStoredBesideTheValueAsEntered(double nominal, String units, double si, String siUnit,
            String attribute, double low, double high, String boundsUnit) {
        String template = propertyTemplate(attribute + " " + unique(), """
                {"type":"real_bounds","lower_bound":%s,"upper_bound":%s,"default_units":"%s"}""".formatted(low, high, boundsUnit));

        Answer created = post("/api/records", materialWithProperty("steel " + unique(), attribute, template, """
                {"type":"nominal_real","nominal":%s,"units":"%s"}""".formatted(nominal, units)));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.object().path("id").asString();
        JsonNode property = get("/api/records/" + id).body().path("properties").path(0);
        assertThat(property.path("value").path("nominal").asDouble()).isEqualTo(nominal);
        assertThat(property.path("value").path("units").asString()).isEqualTo(units);
        assertThat(property.path("si").path("value").asDouble()).isCloseTo(si, within(Math.abs(si) * 1e-9));
        assertThat(property.path("si").path("unit").asString()).isEqualTo(siUnit == null ? "" : siUnit);
        // what search and table building read
        double stored = jdbc.sql("select si_value from attribute_value where object_id = ?").param(UUID.fromString(id))
                .query(Double.class).single();
        assertThat(stored).isCloseTo(si, within(Math.abs(si) * 1e-9));
    }

    @Test
    void uniformRealKeepsItsIntervalInSi() {
        String template = propertyTemplate("annealing temperature " + unique(), """
                {"type":"real_bounds","lower_bound":0,"upper_bound":2000,"default_units":"K"}""");

        Answer created = post("/api/records", materialWithProperty("annealed strip " + unique(), "annealing temperature",
                template, """
                {"type":"uniform_real","lower_bound":600,"upper_bound":650,"units":"°C"}"""));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode si = created.object().path("properties").path(0).path("si");
        assertThat(si.path("lower").asDouble()).isCloseTo(873.15, within(1e-9));
        assertThat(si.path("upper").asDouble()).isCloseTo(923.15, within(1e-9));
        assertThat(si.path("value").asDouble()).isCloseTo(898.15, within(1e-9));
    }

    @Test
    void temperatureBoundsInKelvinAcceptCelsiusAndRefuseTooHot() {
        String template = propertyTemplate("tempering temperature " + unique(), """
                {"type":"real_bounds","lower_bound":373.15,"upper_bound":973.15,"default_units":"K"}""");

        Answer inside = post("/api/records", materialWithProperty("tempered " + unique(), "tempering temperature", template, """
                {"type":"nominal_real","nominal":550,"units":"°C"}"""));
        Answer outside = post("/api/records", materialWithProperty("tempered " + unique(), "tempering temperature", template, """
                {"type":"nominal_real","nominal":750,"units":"degC"}"""));

        assertThat(inside.status()).as("%s", inside).isEqualTo(201);
        JsonNode violation = assertRefused(outside, 422, "bounds.range");
        assertThat(violation.path("value").asString()).contains("750").contains("degC");
        assertThat(violation.path("message").asString()).contains("tempering temperature");
    }

    @Test
    void stressGivenForATemperatureIsRefusedNamingAttributeUnitAndDimension() {
        String name = "austenitizing temperature " + unique();
        String template = propertyTemplate(name, """
                {"type":"real_bounds","lower_bound":0,"upper_bound":2000,"default_units":"K"}""");
        Map<String, Long> before = rowCounts();

        // even "ignore" does not let a wrong dimension in
        Answer refused = post("/api/records?validation=ignore", materialWithProperty("steel " + unique(), name, template, """
                {"type":"nominal_real","nominal":850,"units":"MPa"}"""));

        JsonNode violation = assertRefused(refused, 422, "unit.dimension");
        assertThat(violation.path("path").asString()).isEqualTo("properties[0].value.units");
        assertThat(violation.path("value").asString()).isEqualTo("MPa");
        assertThat(violation.path("message").asString())
                .contains(name).contains("'MPa'").contains(org.matbank.shared.Units.dimension("K")).contains("K");
        assertNothingWritten(before);
    }

    @Test
    void atomicPercentGivenForAMassPercentAttributeIsRefused() {
        String template = propertyTemplate("carbon content " + unique(), """
                {"type":"real_bounds","lower_bound":0,"upper_bound":2.1,"default_units":"wt%"}""");

        Answer wt = post("/api/records", materialWithProperty("steel " + unique(), "carbon content", template, """
                {"type":"nominal_real","nominal":0.4,"units":"wt%"}"""));
        Answer at = post("/api/records", materialWithProperty("steel " + unique(), "carbon content", template, """
                {"type":"nominal_real","nominal":0.4,"units":"at%"}"""));

        assertThat(wt.status()).as("%s", wt).isEqualTo(201);
        JsonNode violation = assertRefused(at, 422, "unit.dimension");
        assertThat(violation.path("message").asString()).contains("atomic").contains("mass");
    }
}
