package org.matbank.record;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A formula such as {@code Fe0.7Ni0.3} or {@code Al2O3}. Read by MatBank's own parser because
 * CDK mis-reads fractional subscripts (Fe0.7Ni0.3 becomes FeNi7).
 */
public record EmpiricalFormula(String formula) implements CompositionValue {

    private static final Pattern TERM = Pattern.compile("([A-Z][a-z]?)(\\d+(?:\\.\\d+)?|\\.\\d+)?");

    @Override
    public Set<String> components() {
        if (formula == null || formula.isBlank()) {
            return null;
        }
        Set<String> elements = new LinkedHashSet<>();
        Matcher matcher = TERM.matcher(formula.replace(" ", ""));
        int end = 0;
        while (matcher.find()) {
            if (matcher.start() != end) {
                return null;
            }
            elements.add(matcher.group(1));
            end = matcher.end();
        }
        return end == formula.replace(" ", "").length() ? elements : null;
    }
}
