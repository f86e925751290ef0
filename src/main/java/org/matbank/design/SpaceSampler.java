package org.matbank.design;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hipparchus.random.SobolSequenceGenerator;

/**
 * Space-filling candidates of a design space: every candidate within its bounds, every composition
 * summing exactly to its total, forbidden components at 0, at most the allowed number of
 * components, and every rule met. Values come from a Sobol sequence (low discrepancy) where they
 * are free; a composition is drawn component by component in a random order, each within the
 * interval that still lets the others reach the total, the last taking the rest; candidates that
 * break a rule are drawn again. Deterministic for a seed. The space is checked first
 * ({@link Feasibility#require}).
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
        List<String> variables = new ArrayList<>();
        space.compositions().forEach(g -> g.components().forEach(c -> variables.add(g.variable(c.name()))));
        space.parameters().forEach(p -> variables.add(p.column()));
        List<String> choiceColumns = space.choices().stream().map(DesignSpace.Choice::column).toList();
        int dimension = Math.max(1, variables.size() + choiceColumns.size());
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(dimension);
        sobol.skipTo((int) Math.floorMod(seed, 1_000_000L) + 1);
        SplittableRandom random = new SplittableRandom(seed);
        Terms[] terms = ruleTerms(space, variables);
        double[][] values = new double[n][];
        String[][] choices = new String[n][];
        long draws = 0;
        int found = 0;
        long limit = (long) n * ATTEMPTS_PER_CANDIDATE;
        while (found < n && draws < limit) {
            draws++;
            double[] u = sobol.nextVector();
            double[] x = new double[variables.size()];
            if (!draw(space, u, random, x)) {
                continue;
            }
            if (!meetsRules(space, terms, x)) {
                continue;
            }
            String[] chosen = new String[choiceColumns.size()];
            for (int c = 0; c < chosen.length; c++) {
                List<String> options = space.choices().get(c).options();
                chosen[c] = options.get(Math.min(options.size() - 1, (int) (u[variables.size() + c] * options.size())));
            }
            values[found] = x;
            choices[found] = chosen;
            found++;
        }
        return new Candidates(variables, java.util.Arrays.copyOf(values, found), choiceColumns, java.util.Arrays.copyOf(choices, found),
                draws);
    }

    /** Fills x with one draw: compositions first, in the variables' order, then parameters. */
    private static boolean draw(DesignSpace space, double[] u, SplittableRandom random, double[] x) {
        int at = 0;
        for (DesignSpace.Composition group : space.compositions()) {
            if (!composition(group, u, at, random, x)) {
                return false;
            }
            at += group.components().size();
        }
        for (DesignSpace.Parameter p : space.parameters()) {
            x[at] = p.min() + u[at] * (p.max() - p.min());
            at++;
        }
        return true;
    }

    private static boolean composition(DesignSpace.Composition group, double[] u, int at, SplittableRandom random, double[] x) {
        int size = group.components().size();
        double[] min = new double[size];
        double[] max = new double[size];
        List<Integer> optional = new ArrayList<>();
        int mandatory = 0;
        for (int i = 0; i < size; i++) {
            DesignSpace.Component c = group.components().get(i);
            boolean forbidden = group.forbidden().contains(c.name());
            min[i] = forbidden ? 0 : c.min();
            max[i] = forbidden ? 0 : c.max();
            if (!forbidden && (c.min() > 0 || group.required().contains(c.name()))) {
                mandatory++;
            } else if (!forbidden) {
                optional.add(i);
            }
        }
        if (group.maxComponents() != null) {
            // which optional components are present this time: a random subset that keeps the count
            shuffle(optional, random);
            int room = group.maxComponents() - mandatory;
            for (int k = Math.max(0, room); k < optional.size(); k++) {
                max[optional.get(k)] = 0;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        shuffle(order, random);
        double rest = group.total();
        double minLeft = 0;
        double maxLeft = 0;
        for (int i = 0; i < size; i++) {
            minLeft += min[i];
            maxLeft += max[i];
        }
        double slack = Feasibility.TOLERANCE * Math.max(1, Math.abs(group.total()));
        for (int k = 0; k < size; k++) {
            int i = order.get(k);
            minLeft -= min[i];
            maxLeft -= max[i];
            double low = Math.max(min[i], rest - maxLeft);
            double high = Math.min(max[i], rest - minLeft);
            if (low > high + slack) {
                return false;
            }
            double value = k == size - 1 ? rest : low + u[at + i] * Math.max(0, high - low);
            if (value < min[i] - slack || value > max[i] + slack) {
                return false;
            }
            x[at + i] = Math.min(max[i], Math.max(min[i], value));
            rest -= x[at + i];
        }
        return Math.abs(rest) <= slack;
    }

    /** A rule's terms as indices into a candidate's values and their coefficients (named once, not at every draw). */
    private record Terms(int[] index, double[] coefficient) {
    }

    private static Terms[] ruleTerms(DesignSpace space, List<String> variables) {
        Terms[] terms = new Terms[space.rules().size()];
        for (int r = 0; r < terms.length; r++) {
            List<Map.Entry<String, Double>> entries = List.copyOf(space.rules().get(r).terms().entrySet());
            terms[r] = new Terms(entries.stream().mapToInt(e -> variables.indexOf(e.getKey())).toArray(),
                    entries.stream().mapToDouble(Map.Entry::getValue).toArray());
        }
        return terms;
    }

    private static boolean meetsRules(DesignSpace space, Terms[] terms, double[] x) {
        for (int r = 0; r < terms.length; r++) {
            DesignSpace.Rule rule = space.rules().get(r);
            double sum = 0;
            for (int t = 0; t < terms[r].index().length; t++) {
                sum += terms[r].coefficient()[t] * x[terms[r].index()[t]];
            }
            double slack = Feasibility.TOLERANCE * Math.max(1, Math.abs(rule.bound()));
            if (!holds(rule.relation(), sum, rule.bound(), slack)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(DesignSpace.Relation relation, double sum, double bound, double slack) {
        switch (relation) {
            case AT_MOST:
                return sum <= bound + slack;
            case AT_LEAST:
                return sum >= bound - slack;
            default:
                return Math.abs(sum - bound) <= slack;
        }
    }

    private static void shuffle(List<Integer> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }
}
