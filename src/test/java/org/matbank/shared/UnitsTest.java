package org.matbank.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Units as researchers write them, and their SI values. */
class UnitsTest {

    @ParameterizedTest
    @ValueSource(strings = {"MPa·m^0.5", "MPa√m", "MPa·m^1/2", "MN/m^1.5"})
    void fractureToughnessSpellingsAreOneUnit(String unit) {
        assertThat(Units.compatible(unit, "MPa·m^0.5")).isTrue();
        assertThat(Units.convert(4.5, unit, "MPa·m^0.5")).isCloseTo(4.5, within(1e-12));
        assertThat(Units.convert(4500, "kPa·m^0.5", unit)).isCloseTo(4.5, within(1e-9));
        assertThat(Units.compatible(unit, "MPa")).isFalse();
    }

    @Test
    void aUnitIndriyaReadsButCannotConvertIsUnknown() {
        assertThat(Units.parse("MPa·m^1:2")).isNull();
    }

    @Test
    void megapascalIsStoredInPascal() {
        assertThat(Units.toSi(850, "MPa")).isCloseTo(8.5e8, within(1e-3));
        assertThat(Units.siUnit("MPa")).isEqualTo("Pa");
        assertThat(Units.convert(1.2, "GPa", "MPa")).isCloseTo(1200, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"°C", "degC", "℃", "deg C", "celsius"})
    void everyCelsiusSpellingBecomesKelvin(String celsius) {
        assertThat(Units.parse(celsius)).as(celsius).isNotNull();
        assertThat(Units.toSi(885, celsius)).isCloseTo(1158.15, within(1e-9));
        assertThat(Units.toSi(-273.15, celsius)).isCloseTo(0, within(1e-9));
        assertThat(Units.siUnit(celsius)).isEqualTo("K");
        assertThat(Units.compatible(celsius, "K")).isTrue();
    }

    @Test
    void thermalConductivityWrittenWithTwoSlashesIsWattPerMetreKelvin() {
        // W/m/K is W/(m·K), not W·K/m
        assertThat(Units.compatible("W/m/K", "W/(m·K)")).isTrue();
        assertThat(Units.toSi(50, "W/m/K")).isCloseTo(50, within(1e-12));
        assertThat(Units.dimension("W/m/K")).isEqualTo(Units.dimension("W/mK"));
        assertThat(Units.compatible("W/m/K", "W·K/m")).isFalse();
    }

    @Test
    void densityInGramPerCubicCentimetreIsKilogramPerCubicMetre() {
        assertThat(Units.parse("g/cm^3")).isNotNull();
        assertThat(Units.toSi(7.85, "g/cm^3")).isCloseTo(7850, within(1e-6));
        assertThat(Units.compatible("g/cm^3", "kg/m^3")).isTrue();
    }

    @Test
    void partsPerMillionIsAMillionth() {
        assertThat(Units.toSi(250, "ppm")).isCloseTo(2.5e-4, within(1e-15));
        assertThat(Units.siUnit("ppm")).isEmpty();
        assertThat(Units.convert(1, "%", "ppm")).isCloseTo(10_000, within(1e-9));
    }

    @Test
    void weightAndAtomicPercentAreDimensionlessButNeverInterchangeable() {
        assertThat(Units.toSi(0.4, "wt%")).isCloseTo(0.004, within(1e-15));
        assertThat(Units.toSi(0.4, "at%")).isCloseTo(0.004, within(1e-15));
        assertThat(Units.basis("wt%")).isEqualTo("mass");
        assertThat(Units.basis("at%")).isEqualTo("atomic");
        // same dimension, different fraction: a mass fraction cannot stand for an atomic one
        assertThat(Units.compatible("wt%", "at%")).isFalse();
        assertThat(Units.compatible("wt%", "%")).isTrue();
        assertThat(Units.compatible("wt%", "")).isTrue();
        // "atm" names a pressure, not an atomic fraction
        assertThat(Units.basis("atm")).isNull();
    }

    @Test
    void stressIsNotATemperature() {
        assertThat(Units.compatible("MPa", "K")).isFalse();
        assertThat(Units.compatible("MPa", "°C")).isFalse();
        assertThat(Units.dimension("MPa")).isNotEqualTo(Units.dimension("K"));
        assertThatThrownBy(() -> Units.convert(1, "MPa", "K")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownUnitIsNullNotAnException() {
        assertThat(Units.parse("furlongs per fortnight")).isNull();
        assertThatThrownBy(() -> Units.toSi(1, "furlongs per fortnight"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("furlongs");
    }

    @Test
    void timesAndRatesResearchersWrite() {
        assertThat(Units.toSi(2, "hr")).isCloseTo(7200, within(1e-9));
        assertThat(Units.toSi(30, "min")).isCloseTo(1800, within(1e-9));
        assertThat(Units.toSi(5, "um")).isCloseTo(5e-6, within(1e-18));
        assertThat(Units.toSi(0.001, "1/s")).isCloseTo(0.001, within(1e-15));
    }

    @Test
    void tradeSpellingsOfFibreCarbonAndBatteryDataConvert() {
        assertThat(Units.toSi(800, "tex")).as("linear density of a tow").isCloseTo(8e-4, within(1e-12));
        assertThat(Units.toSi(1.5, "dtex")).isCloseTo(1.5e-7, within(1e-15));
        assertThat(Units.toSi(600, "rpm")).isCloseTo(10, within(1e-9));
        assertThat(Units.toSi(2, "bar")).isCloseTo(2e5, within(1e-6));
        assertThat(Units.toSi(250, "mL")).isCloseTo(2.5e-4, within(1e-12));
        assertThat(Units.toSi(12, "g/10 min")).as("melt flow index").isCloseTo(2e-5, within(1e-12));
        assertThat(Units.toSi(372, "mAh/g")).as("graphite's theoretical capacity").isCloseTo(1.3392e6, within(1e-3));
        assertThat(Units.toSi(26.5, "°")).as("XRD 2θ of graphite (002)").isCloseTo(0.4625123, within(1e-6));
        assertThat(Units.toSi(284.5, "eV")).as("C 1s binding energy").isCloseTo(4.558e-17, within(1e-19));
        assertThat(Units.compatible("eV", "J")).isTrue();
        assertThat(Units.compatible("tex", "MPa")).isFalse();
    }
}
