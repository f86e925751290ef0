package org.matbank.design;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hipparchus.random.SobolSequenceGenerator;

/**
 * Space-filling candidates of a design space: every candidate within its bounds, every composition
 * summing exactly to its total, forbidden components at 0, at most the allowed number of
 * components, and every rule met ({@link SpaceEncoding}). The values and options come from a Sobol
 * sequence (low discrepancy); the order in which a composition's components are drawn and which
 * optional ones are present come from a seeded random stream; candidates that break a rule are
 * drawn again. Deterministic for a seed. The space is checked first ({@link Feasibility#require}).
 */
public final class SpaceSampler {

    /** How many draws a candidate may take before the sampler gives up on the rules (a very narrow space). */
    static final int ATTEMPTS_PER_CANDIDATE = 200;

    /**
     * Candidates: {@code values[i][v]} is candidate i's value of {@code variables.get(v)} (composition
     * components, then parameters), {@code choices[i][c]} its option of {@code choiceColumns.get(c)}.
     *
     * @param draws how many draws it took (draws - rows were refused by a rule)
     */
    public record Candidates(List<String> variables, double[][] values, List<String> choiceColumns, String[][] choices, long draws) {

        public int size() {
            return values.length;
        }

        /** Candidate i as variable to value. */
        public Map<String, Double> row(int i) {
            Map<String, Double> row = new LinkedHashMap<>();
            for (int v = 0; v < variables.size(); v++) {
                row.put(variables.get(v), values[i][v]);
            }
            return row;
        }
    }

    private SpaceSampler() {
    }

    public static Candidates sample(DesignSpace space, int n, long seed) {
        Feasibility.require(space);
        return sample(new SpaceEncoding(space), n, seed);
    }

    static Candidates sample(SpaceEncoding encoding, int n, long seed) {
        Genes drawn = genes(encoding, n, seed);
        return new Candidates(encoding.variables(), drawn.values(), encoding.choiceColumns(), drawn.choices(), drawn.draws());
    }

    /** Genes of candidates that decode within the space and meet its rules, their values and options, and how many draws it took. */
    record Genes(double[][] genes, double[][] values, String[][] choices, long draws) {
    }

    static Genes genes(SpaceEncoding encoding, int n, long seed) {
        int free = encoding.valueGenes();
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(Math.max(1, free));
        sobol.skipTo((int) Math.floorMod(seed, 1_000_000L) + 1);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] found = new double[n][];
        double[][] values = new double[n][];
        String[][] choices = new String[n][];
        double[] x = new double[encoding.variables().size()];
        String[] chosen = new String[encoding.choiceColumns().size()];
        long draws = 0;
        int count = 0;
        long limit = (long) n * ATTEMPTS_PER_CANDIDATE;
        while (count < n && draws < limit) {
            draws++;
            double[] u = sobol.nextVector();
            double[] genes = new double[encoding.genes()];
            System.arraycopy(u, 0, genes, 0, free);
            for (int g = free; g < genes.length; g++) {
                genes[g] = random.nextDouble();
            }
            if (encoding.decode(genes, x, chosen) && encoding.meetsRules(x)) {
                found[count] = genes;
                values[count] = x.clone();
                choices[count++] = chosen.clone();
            }
        }
        return new Genes(Arrays.copyOf(found, count), Arrays.copyOf(values, count), Arrays.copyOf(choices, count), draws);
    }
}
