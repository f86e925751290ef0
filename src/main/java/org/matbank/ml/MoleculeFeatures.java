package org.matbank.ml;

import java.util.List;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

/**
 * Molecular features of a SMILES, computed with CDK 2.12 from the molecular graph alone (no 3-D
 * coordinates), named {@code cdk:<name>} with CDK's own result names:
 * <ul>
 * <li>{@code MW} molecular weight in g/mol, implicit hydrogens included (WeightDescriptor);</li>
 * <li>{@code XLogP} octanol/water partition coefficient after Wang et al. 1997/2000 (XLogPDescriptor);</li>
 * <li>{@code TopoPSA} topological polar surface area in Å² after Ertl et al. 2000 (TPSADescriptor);</li>
 * <li>{@code nHBDon}, {@code nHBAcc} hydrogen-bond donors and acceptors (HBondDonor/AcceptorCountDescriptor);</li>
 * <li>{@code nRotB} rotatable bonds, terminal bonds not counted (RotatableBondsCountDescriptor);</li>
 * <li>{@code naAromAtom}, {@code nAromBond} aromatic atoms and bonds (Aromatic*CountDescriptor);</li>
 * <li>{@code nSmallRings}, {@code nAromRings} rings of 3 to 9 atoms, and those aromatic (SmallRingDescriptor);</li>
 * <li>{@code Fsp3} fraction of carbons that are sp3 (FractionalCSP3Descriptor);</li>
 * <li>{@code apol} sum of atomic polarisabilities (APolDescriptor);</li>
 * <li>{@code nHeavyAtom} atoms other than hydrogen, {@code formalCharge} sum of formal charges (graph counts).</li>
 * </ul>
 * Aromaticity is perceived with the Daylight model, whatever the SMILES wrote (Kekulé or aromatic),
 * so {@code C1=CC=CC=C1} and {@code c1ccccc1} have the same features. A SMILES of several parts (a
 * salt, a solvate) is described as a whole: the counter-ions count towards weight, charge and
 * polarisability, and a descriptor that cannot handle one of the parts is NaN. A descriptor that
 * fails for a molecule is NaN, a missing value, never a guess.
 *
 * <p>Thread-safe: each thread uses its own parser and descriptor instances.
 */
public final class MoleculeFeatures {

    private static final List<String> NAMES = CdkDescriptors.names().stream().map(n -> "cdk:" + n).toList();

    private final ThreadLocal<Calculator> calculator = ThreadLocal.withInitial(Calculator::new);

    /** The feature names, in the order of {@link #of}'s values. */
    public List<String> names() {
        return NAMES;
    }

    /** The features of one molecule; a SMILES CDK cannot read is refused, naming the parser's complaint. */
    public double[] of(String smiles) {
        Calculator c = calculator.get();
        return c.descriptors.of(c.parse(smiles));
    }

    private static final class Calculator {
        private final SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
        private final CdkDescriptors descriptors = new CdkDescriptors();

        IAtomContainer parse(String smiles) {
            try {
                if (smiles == null || smiles.isBlank()) {
                    throw new InvalidSmilesException("a SMILES names at least one atom");
                }
                IAtomContainer molecule = parser.parseSmiles(smiles.strip());
                if (molecule.isEmpty()) {
                    throw new InvalidSmilesException("a SMILES names at least one atom");
                }
                return molecule;
            } catch (InvalidSmilesException e) {
                throw new InvalidInputException(Problem.INVALID, new Violation("smiles", "smiles.malformed", smiles,
                        "'" + smiles + "' is not a SMILES CDK can read: " + reason(e.getMessage())));
            }
        }

        /** CDK's message without its multi-line caret picture: the caret becomes a character position. */
        private static String reason(String message) {
            String[] lines = message.split("\\R");
            String first = lines[0].strip().replaceFirst(":$", "");
            int caret = lines.length > 2 ? lines[2].indexOf('^') : -1;
            return caret < 0 ? first : first + " (at character " + (caret + 1) + ")";
        }
    }
}
