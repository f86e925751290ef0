package org.matbank.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/**
 * Composition features after Magpie (Ward et al. 2016): for every elemental property, six
 * statistics over the components weighted by their atomic fractions: mean, average deviation from
 * the mean, minimum, maximum, range, and the value of the most abundant component (mode; of equal
 * fractions the smaller value). Named {@code magpie:<property>:<statistic>}. A property the table
 * lacks for one of the components makes its six features NaN, a missing value the models see as
 * such, never a guess.
 */
public final class MagpieFeatures {

    public static final List<String> STATISTICS = List.of("mean", "avg_dev", "min", "max", "range", "mode");

    private final ElementProperties table;
    private final List<String> names;

    public MagpieFeatures(ElementProperties table) {
        this.table = table;
        List<String> n = new ArrayList<>();
        for (String property : table.names()) {
            for (String statistic : STATISTICS) {
                n.add("magpie:" + property + ":" + statistic);
            }
        }
        this.names = List.copyOf(n);
    }

    /** The feature names, in the order of {@link #of}'s values. */
    public List<String> names() {
        return names;
    }

    /**
     * The features of a composition given in atomic amounts (fractions, percentages or counts: they
     * are normalised). A component that is not an element, or an amount that is not positive, is refused.
     */
    public double[] of(Map<String, Double> atomicAmounts) {
        Map<String, Double> fractions = fractions(atomicAmounts);
        List<double[]> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        fractions.forEach((symbol, fraction) -> {
            values.add(table.of(symbol).orElseThrow());
            weights.add(fraction);
        });
        int properties = table.names().size();
        double[] features = new double[properties * STATISTICS.size()];
        for (int p = 0; p < properties; p++) {
            statistics(values, weights, p, features, p * STATISTICS.size());
        }
        return features;
    }

    private static void statistics(List<double[]> values, List<Double> weights, int p, double[] out, int at) {
        double mean = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double mode = Double.NaN;
        double modeWeight = -1;
        for (int i = 0; i < values.size(); i++) {
            double x = values.get(i)[p];
            if (Double.isNaN(x)) {
                Arrays.fill(out, at, at + STATISTICS.size(), Double.NaN);
                return;
            }
            double w = weights.get(i);
            mean += w * x;
            min = Math.min(min, x);
            max = Math.max(max, x);
            if (w > modeWeight || w == modeWeight && x < mode) {
                mode = x;
                modeWeight = w;
            }
        }
        double deviation = 0;
        for (int i = 0; i < values.size(); i++) {
            deviation += weights.get(i) * Math.abs(values.get(i)[p] - mean);
        }
        double[] s = {mean, deviation, min, max, max - min, mode};
        System.arraycopy(s, 0, out, at, s.length);
    }

    private Map<String, Double> fractions(Map<String, Double> amounts) {
        List<Violation> problems = new ArrayList<>();
        double total = 0;
        Map<String, Double> sorted = new TreeMap<>(amounts);
        for (Map.Entry<String, Double> e : sorted.entrySet()) {
            String path = "composition." + e.getKey();
            if (table.of(e.getKey()).isEmpty()) {
                problems.add(new Violation(path, "composition.element", e.getKey(),
                        "'" + e.getKey() + "' is not an element of the periodic table: Magpie features need elements"));
            } else if (e.getValue() == null || !(e.getValue() > 0) || e.getValue().isInfinite()) {
                problems.add(new Violation(path, "composition.amount", e.getValue(),
                        "the amount of " + e.getKey() + " must be a positive number, not " + e.getValue()));
            } else {
                total += e.getValue();
            }
        }
        if (sorted.isEmpty()) {
            problems.add(new Violation("composition", "composition.empty", null, "a composition needs at least one element"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, problems);
        }
        double sum = total;
        Map<String, Double> fractions = new TreeMap<>();
        sorted.forEach((k, v) -> fractions.put(k, v / sum));
        return fractions;
    }
}
