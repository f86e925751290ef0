package org.matbank.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Chemical elements by symbol with their standard atomic weights (resources/elements, source named
 * there): enough to turn a mass composition into an atomic one and back.
 */
public final class Elements {

    private static final Map<String, Double> WEIGHTS = load();

    private Elements() {
    }

    /** True when the text is an element symbol (case as written: "Cr", not "CR"). */
    public static boolean isElement(String symbol) {
        return WEIGHTS.containsKey(symbol);
    }

    /** The standard atomic weight in g/mol, or null for a text that is not an element symbol. */
    public static Double atomicWeight(String symbol) {
        return WEIGHTS.get(symbol);
    }

    /**
     * Converts fractions on one basis to the other: mass to atomic when {@code massToAtomic},
     * else atomic to mass. The result sums to 1. Null when a component is not an element or the
     * amounts are not all finite and non-negative with a positive sum.
     */
    public static Map<String, Double> convert(Map<String, Double> amounts, boolean massToAtomic) {
        Map<String, Double> weighted = new LinkedHashMap<>();
        double total = 0;
        for (Map.Entry<String, Double> e : amounts.entrySet()) {
            Double weight = WEIGHTS.get(e.getKey());
            Double amount = e.getValue();
            if (weight == null || amount == null || !Double.isFinite(amount) || amount < 0) {
                return null;
            }
            double w = massToAtomic ? amount / weight : amount * weight;
            weighted.put(e.getKey(), w);
            total += w;
        }
        if (total <= 0) {
            return null;
        }
        double sum = total;
        weighted.replaceAll((k, v) -> v / sum);
        return weighted;
    }

    private static Map<String, Double> load() {
        Map<String, Double> weights = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Elements.class.getResourceAsStream("/elements/atomic-weights.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",");
                weights.put(cells[0], Double.parseDouble(cells[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(weights);
    }
}
