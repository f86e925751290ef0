package org.matbank.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/**
 * Linear rules as a person types them, one per line: {@code 2*composition:C (mass fraction) -
 * composition:Mn (mass fraction) >= 0}. Each side is a sum of terms, a term a variable (the table
 * column it sets, spaces allowed), a coefficient times a variable ({@code 0.5*X}) or a number;
 * the relation is {@code <=}, {@code >=} or {@code =} ({@code ≤}, {@code ≥} too). A minus sign
 * separates terms at a term's start or after a space, so a column named with a hyphen
 * ({@code oil-bath}) stays one name. Whether the variables exist is the space's check
 * ({@link Feasibility}), not the parser's.
 */
public final class RuleText {

    private static final String NUMBER = "(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?";
    private static final Pattern CONSTANT = Pattern.compile(NUMBER);
    private static final Pattern SCALED = Pattern.compile("(" + NUMBER + ")\\s*\\*\\s*(.+)");
    private static final String RULE = "design.rule.syntax";

    private RuleText() {
    }

    /** Every non-blank line as a rule; all bad lines are refused together. */
    public static List<DesignSpace.Rule> parseAll(String text) {
        List<DesignSpace.Rule> rules = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int line = 0; line < lines.length; line++) {
            if (lines[line].isBlank()) {
                continue;
            }
            try {
                rules.add(parse(rules.size() + problems.size(), line + 1, lines[line]));
            } catch (InvalidInputException refused) {
                problems.addAll(refused.violations());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, problems);
        }
        return rules;
    }

    /**
     * One rule.
     *
     * @param index the rule's place among the space's rules (the violation's path {@code rules[index]})
     * @param line the line number the user sees, for the message
     */
    public static DesignSpace.Rule parse(int index, int line, String text) {
        String rule = text == null ? "" : text.strip();
        String[] relations = {"<=", ">=", "≤", "≥", "=="};
        int at = -1;
        String relation = null;
        for (String r : relations) {
            int i = rule.indexOf(r);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
                relation = r;
            }
        }
        if (relation == null && rule.indexOf('=') >= 0) {
            at = rule.indexOf('=');
            relation = "=";
        }
        if (relation == null) {
            throw refuse(index, line, rule, rule.matches(".*[<>].*") ? "use <= or >= (a bound belongs to the range)"
                    : "a rule compares two sides with <=, >= or =");
        }
        String left = rule.substring(0, at);
        String right = rule.substring(at + relation.length());
        if (right.matches(".*[<>=≤≥].*")) {
            throw refuse(index, line, rule, "a rule has one relation, this one has more");
        }
        Map<String, Double> terms = new LinkedHashMap<>();
        double constant = side(left, 1, terms, index, line, rule) + side(right, -1, terms, index, line, rule);
        terms.values().removeIf(c -> c == 0);
        if (terms.isEmpty()) {
            throw refuse(index, line, rule, "a rule needs at least one variable (with a coefficient other than 0)");
        }
        DesignSpace.Relation kind = switch (relation) {
            case "<=", "≤" -> DesignSpace.Relation.AT_MOST;
            case ">=", "≥" -> DesignSpace.Relation.AT_LEAST;
            default -> DesignSpace.Relation.EQUAL;
        };
        return new DesignSpace.Rule(terms, kind, -constant, rule);
    }

    /** Adds the side's variables (times {@code sign}) to {@code terms}; answers its constant, times {@code sign}. */
    private static double side(String side, int sign, Map<String, Double> terms, int index, int line, String rule) {
        double constant = 0;
        List<String> pieces = new ArrayList<>();
        List<Integer> signs = new ArrayList<>();
        StringBuilder term = new StringBuilder();
        int termSign = 1;
        for (int i = 0; i < side.length(); i++) {
            char c = side.charAt(i);
            boolean atStart = term.toString().isBlank();
            boolean separator = c == '+' || (c == '-' && (atStart || Character.isWhitespace(side.charAt(i - 1))));
            if (!separator) {
                term.append(c);
            } else if (atStart) {
                termSign *= c == '-' ? -1 : 1;
            } else {
                pieces.add(term.toString().strip());
                signs.add(termSign);
                term.setLength(0);
                termSign = c == '-' ? -1 : 1;
            }
        }
        if (term.toString().isBlank()) {
            throw refuse(index, line, rule, "a term is missing" + (side.isBlank() ? " on one side" : " after the last sign"));
        }
        pieces.add(term.toString().strip());
        signs.add(termSign);
        for (int p = 0; p < pieces.size(); p++) {
            String piece = pieces.get(p);
            double s = sign * signs.get(p);
            Matcher scaled = SCALED.matcher(piece);
            if (CONSTANT.matcher(piece).matches()) {
                constant += s * Double.parseDouble(piece);
            } else if (scaled.matches()) {
                terms.merge(name(scaled.group(2), index, line, rule), s * Double.parseDouble(scaled.group(1)), Double::sum);
            } else {
                terms.merge(name(piece, index, line, rule), s, Double::sum);
            }
        }
        return constant;
    }

    private static String name(String text, int index, int line, String rule) {
        String name = text.strip();
        if (name.isEmpty() || name.contains("*") || !Character.isLetter(name.charAt(0))) {
            throw refuse(index, line, rule, "'" + name + "' is neither a number, a variable nor a number * variable");
        }
        return name;
    }

    private static InvalidInputException refuse(int index, int line, String rule, String what) {
        return new InvalidInputException(Problem.INVALID, new Violation("rules[" + index + "]", RULE, rule,
                "line " + line + ", '" + rule + "': " + what));
    }
}
