package org.matbank.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.aromaticity.ElectronDonation;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.qsar.DescriptorValue;
import org.openscience.cdk.qsar.IMolecularDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.APolDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.AromaticAtomsCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.AromaticBondsCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.FractionalCSP3Descriptor;
import org.openscience.cdk.qsar.descriptors.molecular.HBondAcceptorCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.HBondDonorCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.RotatableBondsCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.SmallRingDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.TPSADescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.WeightDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.XLogPDescriptor;
import org.openscience.cdk.qsar.result.DoubleArrayResult;
import org.openscience.cdk.qsar.result.DoubleResult;
import org.openscience.cdk.qsar.result.IDescriptorResult;
import org.openscience.cdk.qsar.result.IntegerArrayResult;
import org.openscience.cdk.qsar.result.IntegerResult;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * One thread's CDK descriptor instances (CDK descriptors keep state and are not documented as
 * thread-safe, so {@link MoleculeFeatures} gives each thread its own set). Each descriptor runs with
 * CDK's default parameters; its "check aromaticity" options stay off because the molecule is
 * prepared once here: CDK atom types (hybridisation, needed by XLogP and Fsp3) and Daylight
 * aromaticity, the model SMILES are written in.
 */
final class CdkDescriptors {

    /** A CDK descriptor and those of its named results that become features {@code cdk:<result>}. */
    record Spec(Supplier<IMolecularDescriptor> descriptor, List<String> results) {
        Spec(Supplier<IMolecularDescriptor> descriptor, String... results) {
            this(descriptor, List.of(results));
        }
    }

    /** The fixed list, in feature order; names are CDK's own result names. */
    static final List<Spec> SPECS = List.of(
            new Spec(WeightDescriptor::new, "MW"),
            new Spec(XLogPDescriptor::new, "XLogP"),
            new Spec(TPSADescriptor::new, "TopoPSA"),
            new Spec(HBondDonorCountDescriptor::new, "nHBDon"),
            new Spec(HBondAcceptorCountDescriptor::new, "nHBAcc"),
            new Spec(RotatableBondsCountDescriptor::new, "nRotB"),
            new Spec(AromaticAtomsCountDescriptor::new, "naAromAtom"),
            new Spec(AromaticBondsCountDescriptor::new, "nAromBond"),
            new Spec(SmallRingDescriptor::new, "nSmallRings", "nAromRings"),
            new Spec(FractionalCSP3Descriptor::new, "Fsp3"),
            new Spec(APolDescriptor::new, "apol"));

    /** Elements with XLogP atom types (Wang et al.); other atoms would silently add nothing, so XLogP is NaN. */
    private static final Set<Integer> XLOGP_ELEMENTS = Set.of(1, 6, 7, 8, 9, 15, 16, 17, 35, 53);

    /** Counted from the molecular graph directly: CDK has no descriptor class for them. */
    static final List<String> COUNTS = List.of("nHeavyAtom", "formalCharge");

    private static final List<String> NAMES = build();
    private static final int COMPUTED = NAMES.size() - COUNTS.size();
    private static final int XLOGP = NAMES.indexOf("XLogP");
    private static final int FSP3 = NAMES.indexOf("Fsp3");

    // Cycles.all() can be intractable for large fused systems: rings up to six atoms are the fallback.
    private final Aromaticity aromaticity = new Aromaticity(ElectronDonation.daylight(), Cycles.or(Cycles.all(), Cycles.all(6)));
    private final IMolecularDescriptor[] descriptors = new IMolecularDescriptor[SPECS.size()];
    private final int[][] resultIndex = new int[SPECS.size()][];

    CdkDescriptors() {
        for (int i = 0; i < SPECS.size(); i++) {
            IMolecularDescriptor d = SPECS.get(i).descriptor().get();
            d.initialise(SilentChemObjectBuilder.getInstance());
            descriptors[i] = d;
            List<String> names = Arrays.asList(d.getDescriptorNames());
            resultIndex[i] = SPECS.get(i).results().stream().mapToInt(names::indexOf).toArray();
            if (Arrays.stream(resultIndex[i]).anyMatch(k -> k < 0)) {
                throw new IllegalStateException(d.getClass().getSimpleName() + " lacks one of " + SPECS.get(i).results());
            }
        }
    }

    /** The names of the descriptor results, without prefix, in feature order. */
    static List<String> names() {
        return NAMES;
    }

    private static List<String> build() {
        List<String> n = new ArrayList<>();
        SPECS.forEach(s -> n.addAll(s.results()));
        n.addAll(COUNTS);
        return List.copyOf(n);
    }

    /** The features of a parsed molecule (which is modified: atom types and aromaticity are set). */
    double[] of(IAtomContainer molecule) {
        double[] features = new double[NAMES.size()];
        try {
            AtomContainerManipulator.percieveAtomTypesAndConfigureAtoms(molecule);
            aromaticity.apply(molecule);
            int at = 0;
            for (int i = 0; i < descriptors.length; i++) {
                values(descriptors[i], resultIndex[i], molecule, features, at);
                at += resultIndex[i].length;
            }
        } catch (CDKException | RuntimeException e) {
            // without atom types or aromaticity every descriptor would be computed on a wrong molecule
            Arrays.fill(features, 0, COMPUTED, Double.NaN);
        }
        int heavy = 0;
        int carbons = 0;
        boolean xlogp = true;
        for (IAtom atom : molecule.atoms()) {
            int z = atom.getAtomicNumber() == null ? 0 : atom.getAtomicNumber();
            heavy += z > 1 ? 1 : 0;
            carbons += z == 6 ? 1 : 0;
            xlogp &= XLOGP_ELEMENTS.contains(z);
        }
        if (!xlogp) {
            features[XLOGP] = Double.NaN;
        }
        if (carbons == 0) {
            features[FSP3] = Double.NaN; // a fraction of no carbons is undefined, not 0
        }
        features[COMPUTED] = heavy;
        features[COMPUTED + 1] = AtomContainerManipulator.getTotalFormalCharge(molecule);
        return features;
    }

    /** Writes the chosen results of one descriptor, NaN for all of them if it failed on this molecule. */
    private static void values(IMolecularDescriptor descriptor, int[] indices, IAtomContainer molecule, double[] out, int at) {
        DescriptorValue v;
        try {
            v = descriptor.calculate(molecule);
        } catch (RuntimeException e) {
            v = null;
        }
        for (int k = 0; k < indices.length; k++) {
            double x = v == null || v.getException() != null ? Double.NaN : value(v.getValue(), indices[k]);
            out[at + k] = Double.isFinite(x) ? x : Double.NaN;
        }
    }

    private static double value(IDescriptorResult r, int index) {
        if (r instanceof DoubleResult d) {
            return d.doubleValue();
        } else if (r instanceof IntegerResult n) {
            return n.intValue();
        } else if (r instanceof DoubleArrayResult a) {
            return a.get(index);
        } else if (r instanceof IntegerArrayResult a) {
            return a.get(index);
        }
        return Double.NaN;
    }
}
