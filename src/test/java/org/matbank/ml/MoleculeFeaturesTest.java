package org.matbank.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Violation;

/** CDK descriptors of small molecules whose values are known by hand or from reference tables. */
class MoleculeFeaturesTest {

    private final MoleculeFeatures cdk = new MoleculeFeatures();

    private double feature(String smiles, String name) {
        int i = cdk.names().indexOf("cdk:" + name);
        assertThat(i).as(name).isNotNegative();
        return cdk.of(smiles)[i];
    }

    @Test
    void theListIsFixedAndNamedAfterCdk() {
        assertThat(cdk.names()).containsExactly("cdk:MW", "cdk:XLogP", "cdk:TopoPSA", "cdk:nHBDon", "cdk:nHBAcc", "cdk:nRotB",
                "cdk:naAromAtom", "cdk:nAromBond", "cdk:nSmallRings", "cdk:nAromRings", "cdk:Fsp3", "cdk:apol",
                "cdk:nHeavyAtom", "cdk:formalCharge");
        assertThat(cdk.of("CCO")).hasSize(cdk.names().size());
    }

    @Test
    void ethanolHasItsMolecularWeightPolarSurfaceAndOneDonorWithImplicitHydrogensCounted() {
        assertThat(feature("CCO", "MW")).isCloseTo(46.07, within(0.01));
        assertThat(feature("CCO", "TopoPSA")).isCloseTo(20.23, within(0.01)); // Ertl: one OH
        assertThat(feature("CCO", "nHBDon")).isEqualTo(1);
        assertThat(feature("CCO", "nHBAcc")).isEqualTo(1);
        assertThat(feature("CCO", "nHeavyAtom")).isEqualTo(3);
        assertThat(feature("CCO", "Fsp3")).isEqualTo(1);
        assertThat(feature("CCO", "XLogP")).isBetween(-1.0, 0.5); // measured log P -0.31
    }

    @Test
    void benzeneIsAromaticWhetherWrittenAromaticOrKekule() {
        for (String benzene : List.of("c1ccccc1", "C1=CC=CC=C1")) {
            assertThat(feature(benzene, "naAromAtom")).as(benzene).isEqualTo(6);
            assertThat(feature(benzene, "nAromBond")).as(benzene).isEqualTo(6);
            assertThat(feature(benzene, "nAromRings")).as(benzene).isEqualTo(1);
            assertThat(feature(benzene, "Fsp3")).as(benzene).isZero();
            assertThat(feature(benzene, "MW")).as(benzene).isCloseTo(78.11, within(0.01));
        }
        assertThat(cdk.of("c1ccccc1")).containsExactly(cdk.of("C1=CC=CC=C1"));
        assertThat(feature("C1CCCCC1", "naAromAtom")).as("cyclohexane").isZero();
        assertThat(feature("C1CCCCC1", "nSmallRings")).as("cyclohexane").isEqualTo(1);
        assertThat(feature("c1ccc2ccccc2c1", "nAromRings")).as("naphthalene").isEqualTo(2);
    }

    @Test
    void aceticAcidAndAspirinHaveTheirDonorsAcceptorsAndRotatableBonds() {
        assertThat(feature("CC(=O)O", "nHBDon")).isEqualTo(1);
        assertThat(feature("CC(=O)O", "nHBAcc")).isEqualTo(2);
        assertThat(feature("CC(=O)O", "TopoPSA")).isCloseTo(37.30, within(0.01));
        String aspirin = "CC(=O)Oc1ccccc1C(=O)O";
        assertThat(feature(aspirin, "MW")).isCloseTo(180.16, within(0.01));
        assertThat(feature(aspirin, "TopoPSA")).isCloseTo(63.60, within(0.01));
        assertThat(feature(aspirin, "nRotB")).isEqualTo(3);
        assertThat(feature(aspirin, "nHeavyAtom")).isEqualTo(13);
        assertThat(feature(aspirin, "naAromAtom")).isEqualTo(6);
    }

    @Test
    void saltsAreDescribedWholeAndChargesAdd() {
        String sodiumAcetate = "CC(=O)[O-].[Na+]";
        assertThat(feature(sodiumAcetate, "MW")).isCloseTo(82.03, within(0.01));
        assertThat(feature(sodiumAcetate, "formalCharge")).isZero();
        assertThat(feature(sodiumAcetate, "nHeavyAtom")).isEqualTo(5);
        assertThat(feature(sodiumAcetate, "nHBDon")).isZero();
        assertThat(feature(sodiumAcetate, "XLogP")).as("XLogP has no type for sodium: missing, not 0").isNaN();
        assertThat(feature("C[N+](C)(C)C", "formalCharge")).isEqualTo(1);
        assertThat(feature("[O-]S(=O)(=O)[O-]", "formalCharge")).isEqualTo(-2);
        assertThat(feature("[Na+].[Cl-]", "MW")).isCloseTo(58.44, within(0.01));
    }

    @Test
    void whatADescriptorCannotComputeIsMissingNotZero() {
        assertThat(feature("O", "Fsp3")).as("water has no carbon to be sp3").isNaN();
        assertThat(feature("[U]", "XLogP")).isNaN();
        assertThat(feature("[U]", "MW")).isCloseTo(238.03, within(0.01));
        assertThat(feature("*CC*", "apol")).as("polymer attachment points have no polarisability").isNaN();
        assertThat(feature("*CC*", "XLogP")).isNaN();
        assertThat(feature("*CC*", "MW")).as("ethylene repeat unit without the ends").isCloseTo(28.05, within(0.01));
        assertThat(feature("*CC*", "nHeavyAtom")).as("attachment points are not atoms").isEqualTo(2);
    }

    @Test
    void anUnreadableSmilesIsRefusedNamingTheValueAndTheParsersReason() {
        assertThatThrownBy(() -> cdk.of("C1CC"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    Violation v = e.violations().get(0);
                    assertThat(v.path()).isEqualTo("smiles");
                    assertThat(v.value()).isEqualTo("C1CC");
                    assertThat(v.message()).contains("'C1CC'").contains("Unclosed ring").contains("at character 4")
                            .doesNotContain("\n");
                });
        assertThatThrownBy(() -> cdk.of("c1cccc1")).isInstanceOf(InvalidInputException.class).hasMessageContaining("kekul");
        assertThatThrownBy(() -> cdk.of("Xx")).isInstanceOf(InvalidInputException.class).hasMessageContaining("'Xx'");
        assertThatThrownBy(() -> cdk.of(" ")).isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one atom");
        assertThatThrownBy(() -> cdk.of(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void moleculesOnSeveralThreadsGiveTheSameFeaturesAsOneByOne() {
        List<String> base = List.of("CCO", "CC(=O)Oc1ccccc1C(=O)O", "Cn1cnc2c1c(=O)n(C)c(=O)n2C", "CC(C)Cc1ccc(cc1)C(C)C(=O)O",
                "CC(=O)Nc1ccc(O)cc1", "OC[C@H]1OC(O)[C@H](O)[C@@H](O)[C@@H]1O", "c1ccc2c(c1)ccc1ccccc12", "CCN(CC)CC",
                "O=C(O)c1ccccc1", "CC(=O)[O-].[Na+]", "C1CCC2(CC1)OCCO2", "FC(F)(F)c1ccc(Cl)cc1");
        List<String> smiles = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            // a growing alkyl ester makes most molecules different
            smiles.add(base.get(i % base.size()) + ".C" + "C".repeat(i % 17) + "OC(=O)C");
        }
        // speed is a benchmark's business (docs/models/features.md), not this test's
        double[][] parallel = smiles.parallelStream().map(cdk::of).toArray(double[][]::new);
        MoleculeFeatures fresh = new MoleculeFeatures();
        IntStream.range(0, smiles.size()).filter(i -> i % 37 == 0)
                .forEach(i -> assertThat(parallel[i]).as(smiles.get(i)).containsExactly(fresh.of(smiles.get(i))));
    }
}
