package org.matbank.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * MatBank's own reader of fractional chemical formulas (Fe0.7Ni0.3, Al2O3, Ca(OH)2), because CDK
 * reads "Fe0.7Ni0.3" as FeNi7 (DESIGN.md). Gives atoms per formula unit by element.
 */
public final class Formulas {

    private final String text;
    private int position;

    private Formulas(String text) {
        this.text = text;
    }

    /** The amount of each element, or null when the text is not a formula of element symbols. */
    public static Map<String, Double> parse(String formula) {
        if (formula == null || formula.isBlank()) {
            return null;
        }
        Formulas reader = new Formulas(formula.replaceAll("\\s+", ""));
        Map<String, Double> amounts = reader.group();
        return reader.position == reader.text.length() && !amounts.isEmpty() ? amounts : null;
    }

    private Map<String, Double> group() {
        Map<String, Double> amounts = new LinkedHashMap<>();
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '(' || c == '[') {
                position++;
                Map<String, Double> inner = group();
                if (position >= text.length() || (text.charAt(position) != ')' && text.charAt(position) != ']')) {
                    return Map.of();
                }
                position++;
                double times = number();
                inner.forEach((element, n) -> amounts.merge(element, n * times, Double::sum));
            } else if (Character.isUpperCase(c)) {
                int start = position++;
                while (position < text.length() && Character.isLowerCase(text.charAt(position))) {
                    position++;
                }
                String symbol = text.substring(start, position);
                if (!Elements.isElement(symbol)) {
                    position = start;
                    return amounts;
                }
                amounts.merge(symbol, number(), Double::sum);
            } else {
                return amounts;
            }
        }
        return amounts;
    }

    private double number() {
        int start = position;
        while (position < text.length() && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
            position++;
        }
        if (start == position) {
            return 1;
        }
        try {
            return Double.parseDouble(text.substring(start, position));
        } catch (NumberFormatException e) {
            position = start;
            return 1;
        }
    }
}
