package org.matbank.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matbank.shared.InvalidInputException;

/** How table columns become features: numbers as they are, Magpie statistics of a composition, CDK descriptors of a SMILES. */
class ModelInputsTest {

    private static final String SOLVENT = "ingredient:mixing/solvent (smiles)";

    private final ModelInputs inputs = new ModelInputs(List.of("parameter:curing/temperature"),
            Map.of("Fe", "composition:Fe (atomic fraction)", "Cr", "composition:Cr (atomic fraction)"), List.of(SOLVENT),
            Map.of("parameter:curing/temperature", "K"));

    @Test
    void aRowBecomesItsNumbersThenMagpieThenCdkFeatures() {
        Map<String, Double> numbers = Map.of("parameter:curing/temperature", 300.0, "composition:Fe (atomic fraction)", 0.8,
                "composition:Cr (atomic fraction)", 0.2);
        double[] x = inputs.features(numbers::get, column -> column.equals(SOLVENT) ? "CCO" : null);
        List<String> names = inputs.features();

        assertThat(x).hasSameSizeAs(names.toArray());
        assertThat(x[0]).isEqualTo(300.0);
        int weight = names.indexOf("magpie:AtomicWeight:mean");
        assertThat(x[weight]).as("0.8 Fe + 0.2 Cr").isCloseTo(0.8 * 55.845 + 0.2 * 51.9961, within(0.01));
        int mw = names.indexOf(SOLVENT + "|cdk:MW");
        assertThat(x[mw]).as("ethanol").isCloseTo(46.07, within(0.01));
        assertThat(inputs.tableColumns()).containsExactly("parameter:curing/temperature", "composition:Cr (atomic fraction)",
                "composition:Fe (atomic fraction)", SOLVENT);
    }

    @Test
    void missingInputsAreMissingFeaturesAndAnUnreadableMoleculeIsRefusedByName() {
        double[] x = inputs.features(column -> null, column -> null);
        assertThat(x).containsOnly(Double.NaN);
        assertThatThrownBy(() -> inputs.features(column -> null, column -> "C1CC")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("C1CC");
    }
}
