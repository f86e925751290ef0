package org.matbank.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A design space as a box: every point of the unit cube [0, 1]^genes decodes to a candidate within
 * the bounds, with exact composition totals, forbidden components at 0 and the component count
 * respected. Searches (sampling, CMA-ES, NSGA-II) move in the cube and never see an impossible
 * composition; only the linear rules can still fail, and {@link #meetsRules} says so.
 *
 * <p>Genes: one per variable (components, then parameters), one per categorical variable, then per
 * composition two keys per component: the order in which its components are drawn (each within the
 * interval that still lets the others reach the total, the last taking the rest), and which optional
 * components are present when the count is limited (those with the smallest keys).
 */
final class SpaceEncoding {

    private final DesignSpace space;
    private final List<String> variables = new ArrayList<>();
    private final List<String> choiceColumns;
    private final int[][] ruleIndex;
    private final double[][] ruleCoefficient;
    private final double[] scale;
    private final double[] width;

    SpaceEncoding(DesignSpace space) {
        this.space = space;
        space.compositions().forEach(g -> g.components().forEach(c -> variables.add(g.variable(c.name()))));
        space.parameters().forEach(p -> variables.add(p.column()));
        scale = new double[variables.size()];
        width = new double[variables.size()];
        int v = 0;
        for (DesignSpace.Composition g : space.compositions()) {
            for (DesignSpace.Component c : g.components()) {
                scale[v] = g.total() == 0 ? 1 : Math.abs(g.total());
                width[v++] = g.forbidden().contains(c.name()) ? 0 : c.max() - c.min();
            }
        }
        for (DesignSpace.Parameter p : space.parameters()) {
            scale[v] = 1;
            width[v++] = p.max() - p.min();
        }
        choiceColumns = space.choices().stream().map(DesignSpace.Choice::column).toList();
        ruleIndex = new int[space.rules().size()][];
        ruleCoefficient = new double[space.rules().size()][];
        for (int r = 0; r < ruleIndex.length; r++) {
            List<Map.Entry<String, Double>> terms = List.copyOf(space.rules().get(r).terms().entrySet());
            ruleIndex[r] = terms.stream().mapToInt(e -> variables.indexOf(e.getKey())).toArray();
            ruleCoefficient[r] = terms.stream().mapToDouble(Map.Entry::getValue).toArray();
        }
    }

    DesignSpace space() {
        return space;
    }

    List<String> variables() {
        return variables;
    }

    List<String> choiceColumns() {
        return choiceColumns;
    }

    /** What a variable's amount is a share of: its composition's total, or 1 for a parameter. */
    double scaleOf(int variable) {
        return scale[variable];
    }

    /** The width of a variable's range (0 for a fixed or forbidden one). */
    double widthOf(int variable) {
        return width[variable];
    }

    /** Genes that a space-filling sequence should cover evenly: the variables and the choices. */
    int valueGenes() {
        return variables.size() + choiceColumns.size();
    }

    int genes() {
        return valueGenes() + 2 * space.compositions().stream().mapToInt(g -> g.components().size()).sum();
    }

    /** Decodes genes into values x and options chosen; false when a composition cannot reach its total this way. */
    boolean decode(double[] genes, double[] x, String[] chosen) {
        int at = 0;
        int keys = valueGenes();
        for (DesignSpace.Composition group : space.compositions()) {
            if (!composition(group, genes, at, keys, x)) {
                return false;
            }
            at += group.components().size();
            keys += 2 * group.components().size();
        }
        for (DesignSpace.Parameter p : space.parameters()) {
            x[at] = p.min() + clamp(genes[at]) * (p.max() - p.min());
            at++;
        }
        for (int c = 0; c < chosen.length; c++) {
            List<String> options = space.choices().get(c).options();
            chosen[c] = options.get(Math.min(options.size() - 1, (int) (clamp(genes[variables.size() + c]) * options.size())));
        }
        return true;
    }

    private boolean composition(DesignSpace.Composition group, double[] genes, int at, int keys, double[] x) {
        int size = group.components().size();
        double[] min = new double[size];
        double[] max = new double[size];
        int[] optional = new int[size];
        int optionals = 0;
        int mandatory = 0;
        for (int i = 0; i < size; i++) {
            DesignSpace.Component c = group.components().get(i);
            boolean forbidden = group.forbidden().contains(c.name());
            min[i] = group.least(c);
            max[i] = forbidden ? 0 : c.max();
            if (!forbidden && (c.min() > 0 || group.required().contains(c.name()))) {
                mandatory++;
            } else if (!forbidden) {
                optional[optionals++] = i;
            }
        }
        if (group.maxComponents() != null) {
            sortByKey(optional, optionals, genes, keys + size);
            for (int k = Math.max(0, group.maxComponents() - mandatory); k < optionals; k++) {
                max[optional[k]] = 0;
            }
        }
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        sortByKey(order, size, genes, keys);
        double rest = group.total();
        double minLeft = 0;
        double maxLeft = 0;
        for (int i = 0; i < size; i++) {
            minLeft += min[i];
            maxLeft += max[i];
        }
        double slack = Feasibility.TOLERANCE * Math.max(1, Math.abs(group.total()));
        for (int k = 0; k < size; k++) {
            int i = order[k];
            minLeft -= min[i];
            maxLeft -= max[i];
            double low = Math.max(min[i], rest - maxLeft);
            double high = Math.min(max[i], rest - minLeft);
            if (low > high + slack) {
                return false;
            }
            double value = k == size - 1 ? rest : low + clamp(genes[at + i]) * Math.max(0, high - low);
            if (value < min[i] - slack || value > max[i] + slack) {
                return false;
            }
            x[at + i] = Math.min(max[i], Math.max(min[i], value));
            rest -= x[at + i];
        }
        return Math.abs(rest) <= slack;
    }

    /** Sorts the first n indices by their key genes[offset + index] (insertion sort: a composition has a few components). */
    private static void sortByKey(int[] indices, int n, double[] genes, int offset) {
        for (int a = 1; a < n; a++) {
            int index = indices[a];
            double key = genes[offset + index];
            int b = a - 1;
            while (b >= 0 && genes[offset + indices[b]] > key) {
                indices[b + 1] = indices[b];
                b--;
            }
            indices[b + 1] = index;
        }
    }

    /** Whether values x meet every rule of the space (within the feasibility tolerance). */
    boolean meetsRules(double[] x) {
        for (int r = 0; r < ruleIndex.length; r++) {
            DesignSpace.Rule rule = space.rules().get(r);
            double sum = 0;
            for (int t = 0; t < ruleIndex[r].length; t++) {
                sum += ruleCoefficient[r][t] * x[ruleIndex[r][t]];
            }
            double slack = Feasibility.TOLERANCE * Math.max(1, Math.abs(rule.bound()));
            boolean holds = switch (rule.relation()) {
                case AT_MOST -> sum <= rule.bound() + slack;
                case AT_LEAST -> sum >= rule.bound() - slack;
                case EQUAL -> Math.abs(sum - rule.bound()) <= slack;
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private static double clamp(double gene) {
        return gene < 0 ? 0 : gene >= 1 ? Math.nextDown(1.0) : gene;
    }
}
