package org.matbank.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Violation;

/** Magpie statistics worked by hand for small compositions, and the refusals of what is not a composition. */
class MagpieFeaturesTest {

    private static final double FE = 55.845;
    private static final double NI = 58.6934;
    private final MagpieFeatures magpie = new MagpieFeatures(ElementProperties.magpie());

    private double feature(double[] features, String name) {
        int i = magpie.names().indexOf(name);
        assertThat(i).as(name).isNotNegative();
        return features[i];
    }

    @Test
    void theTableIsTheShippedOneWithSixStatisticsForEachOfItsProperties() {
        assertThat(ElementProperties.magpie().names()).hasSize(62).contains("AtomicWeight", "MeltingT", "Electronegativity");
        assertThat(magpie.names()).hasSize(62 * 6).contains("magpie:MeltingT:avg_dev");
        assertThat(ElementProperties.magpie().of("Fe").orElseThrow()[ElementProperties.magpie().names().indexOf("MeltingT")])
                .isEqualTo(1811);
    }

    @Test
    void anEquiatomicBinaryHasTheMeanDeviationAndRangeOfItsTwoElements() {
        double[] f = magpie.of(Map.of("Fe", 50.0, "Ni", 50.0));
        assertThat(feature(f, "magpie:AtomicWeight:mean")).isCloseTo((FE + NI) / 2, within(1e-9));
        assertThat(feature(f, "magpie:AtomicWeight:avg_dev")).isCloseTo((NI - FE) / 2, within(1e-9));
        assertThat(feature(f, "magpie:AtomicWeight:min")).isEqualTo(FE);
        assertThat(feature(f, "magpie:AtomicWeight:max")).isEqualTo(NI);
        assertThat(feature(f, "magpie:AtomicWeight:range")).isCloseTo(NI - FE, within(1e-9));
        assertThat(feature(f, "magpie:AtomicWeight:mode")).as("equal fractions: the smaller value").isEqualTo(FE);
    }

    @Test
    void amountsAreNormalisedAndTheModeIsTheMostAbundantElement() {
        double[] percent = magpie.of(Map.of("Fe", 70.0, "Ni", 30.0));
        double[] fraction = magpie.of(Map.of("Fe", 0.7, "Ni", 0.3));
        assertThat(percent).containsExactly(fraction, within(1e-9));
        assertThat(feature(percent, "magpie:AtomicWeight:mean")).isCloseTo(0.7 * FE + 0.3 * NI, within(1e-9));
        assertThat(feature(percent, "magpie:AtomicWeight:mode")).isEqualTo(FE);
        double[] nickel = magpie.of(Map.of("Fe", 0.3, "Ni", 0.7));
        assertThat(feature(nickel, "magpie:AtomicWeight:mode")).isEqualTo(NI);
    }

    @Test
    void aPropertyUnknownForOneComponentIsMissingNotGuessed() {
        // the table has no bulk modulus for helium
        double[] f = magpie.of(Map.of("Fe", 0.99, "He", 0.01));
        for (String statistic : MagpieFeatures.STATISTICS) {
            assertThat(feature(f, "magpie:BulkModulus:" + statistic)).isNaN();
        }
        assertThat(feature(f, "magpie:AtomicWeight:mean")).isCloseTo(0.99 * FE + 0.01 * 4.002602, within(1e-9));
    }

    @Test
    void whatIsNotAnElementOrNotAPositiveAmountIsRefusedByName() {
        assertThatThrownBy(() -> magpie.of(Map.of("Fe", 0.9, "cement", 0.05, "Ni", -0.05)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    List<Violation> v = e.violations();
                    assertThat(v).extracting(Violation::path).containsExactly("composition.Ni", "composition.cement");
                    assertThat(v).extracting(Violation::rule).containsExactly("composition.amount", "composition.element");
                    assertThat(v.get(1).message()).contains("'cement' is not an element");
                });
        assertThatThrownBy(() -> magpie.of(Map.of())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least one element");
    }
}
