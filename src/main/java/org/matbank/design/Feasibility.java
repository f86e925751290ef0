package org.matbank.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/**
 * Checks that a design space holds at least one candidate before any search, and explains why
 * when it holds none: a bound the wrong way round, components whose bounds cannot reach (or must
 * exceed) the total, a component both required and forbidden, more required components than the
 * maximum allows, a categorical variable without options, and linear rules that cannot hold with
 * the bounds (found by linear programming, {@link RuleSystem}), named one by one where one alone is
 * to blame.
 */
public final class Feasibility {

    /** Bounds are compared with a relative tolerance: 0.1 + 0.2 wt% may sum to 0.30000000000000004. */
    static final double TOLERANCE = 1e-9;

    private Feasibility() {
    }

    /** Refuses an infeasible space with every reason found. */
    public static void require(DesignSpace space) {
        List<Violation> problems = check(space);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, problems);
        }
    }

    /** The reasons the space holds no candidate; empty when it holds some. */
    public static List<Violation> check(DesignSpace space) {
        List<Violation> problems = new ArrayList<>();
        if (space.compositions().isEmpty() && space.parameters().isEmpty() && space.choices().isEmpty()) {
            problems.add(new Violation("space", "design.space.empty", null, "the space has nothing to vary: give it a composition, parameters or options"));
        }
        Map<String, double[]> bounds = new LinkedHashMap<>();
        for (int g = 0; g < space.compositions().size(); g++) {
            composition(space.compositions().get(g), "compositions[" + g + "]", bounds, problems);
        }
        for (int p = 0; p < space.parameters().size(); p++) {
            DesignSpace.Parameter parameter = space.parameters().get(p);
            String path = "parameters[" + p + "]";
            if (range(path, parameter.column(), parameter.min(), parameter.max(), problems)) {
                bounds.put(parameter.column(), new double[] {parameter.min(), parameter.max()});
            }
        }
        for (int c = 0; c < space.choices().size(); c++) {
            DesignSpace.Choice choice = space.choices().get(c);
            if (choice.options().isEmpty()) {
                problems.add(new Violation("choices[" + c + "].options", "design.choice.empty", choice.column(),
                        "'" + choice.column() + "' has no option to choose"));
            }
        }
        for (int r = 0; r < space.rules().size(); r++) {
            DesignSpace.Rule rule = space.rules().get(r);
            if (rule.relation() == null || !Double.isFinite(rule.bound())) {
                problems.add(new Violation("rules[" + r + "]", "design.rule.form", rule.text(),
                        "a rule compares its sum with a finite bound: at-most, at-least or equal"));
            }
            for (String variable : rule.terms().keySet()) {
                if (!bounds.containsKey(variable)) {
                    problems.add(new Violation("rules[" + r + "]", "design.rule.variable", variable, "the rule '" + rule.text()
                            + "' names '" + variable + "', which the space does not have; it has " + bounds.keySet()));
                }
            }
        }
        space.ties().forEach((column, variable) -> {
            if (!bounds.containsKey(variable)) {
                problems.add(new Violation("ties." + column, "design.tie.variable", variable,
                        "'" + column + "' is tied to '" + variable + "', which the space does not have"));
            }
        });
        if (problems.isEmpty()) {
            problems.addAll(new RuleSystem(space, bounds).explain());
        }
        return problems;
    }

    private static void composition(DesignSpace.Composition group, String path, Map<String, double[]> bounds, List<Violation> problems) {
        Set<String> both = new HashSet<>(group.required());
        both.retainAll(group.forbidden());
        both.forEach(c -> problems.add(new Violation(path + ".required", "design.component.contradiction", c,
                "'" + c + "' is both required and forbidden in " + group.name())));
        Set<String> declared = new HashSet<>();
        double lowest = 0;
        double highest = 0;
        List<Double> uppers = new ArrayList<>();
        int present = 0;
        for (int i = 0; i < group.components().size(); i++) {
            DesignSpace.Component c = group.components().get(i);
            String at = path + ".components[" + i + "]";
            declared.add(c.name());
            if (!range(at, group.variable(c.name()), c.min(), c.max(), problems)) {
                continue;
            }
            double min = c.min();
            double max = c.max();
            if (min < 0) {
                problems.add(new Violation(at + ".min", "design.component.negative", min, "the amount of " + c.name() + " cannot be below 0"));
            }
            if (group.forbidden().contains(c.name())) {
                if (min > 0) {
                    problems.add(new Violation(at + ".min", "design.component.forbidden", min,
                            c.name() + " is forbidden but its minimum is " + min + " " + group.unit()));
                }
                min = 0;
                max = 0;
            } else if (group.required().contains(c.name()) && max <= 0) {
                problems.add(new Violation(at + ".max", "design.component.required", max, c.name() + " is required but its maximum is " + max));
            } else {
                min = Math.max(min, group.least(c));
            }
            if (min > 0 || group.required().contains(c.name())) {
                present++;
            }
            lowest += min;
            highest += max;
            uppers.add(max);
            bounds.put(group.variable(c.name()), new double[] {min, max});
        }
        group.required().stream().filter(c -> !declared.contains(c)).forEach(c -> problems.add(new Violation(path + ".required",
                "design.component.unbounded", c, "the required component " + c + " has no bounds in " + group.name())));
        String unit = group.unit() == null ? "" : " " + group.unit();
        double slack = TOLERANCE * Math.max(1, Math.abs(group.total()));
        if (lowest > group.total() + slack) {
            problems.add(new Violation(path + ".components", "design.composition.sum", lowest, "the minimums of " + group.name()
                    + " add up to " + lowest + unit + ", more than its total of " + group.total() + unit));
        }
        if (highest < group.total() - slack) {
            problems.add(new Violation(path + ".components", "design.composition.sum", highest, "the maximums of " + group.name()
                    + " add up to " + highest + unit + ", less than its total of " + group.total() + unit));
        }
        maxComponents(group, path, present, uppers, slack, unit, problems);
    }

    private static void maxComponents(DesignSpace.Composition group, String path, int present, List<Double> uppers, double slack,
            String unit, List<Violation> problems) {
        Integer most = group.maxComponents();
        if (most == null) {
            return;
        }
        if (most < 1 || present > most) {
            problems.add(new Violation(path + ".max_components", "design.composition.count", most, group.name() + " must have "
                    + present + " components (required or with a minimum above 0), more than the maximum of " + most));
            return;
        }
        double reach = uppers.stream().sorted((a, b) -> Double.compare(b, a)).limit(most).mapToDouble(Double::doubleValue).sum();
        if (reach < group.total() - slack) {
            problems.add(new Violation(path + ".max_components", "design.composition.count", most, "the " + most
                    + " largest maximums of " + group.name() + " add up to " + reach + unit + ": " + most
                    + " components cannot reach its total of " + group.total() + unit));
        }
    }

    private static boolean range(String path, String name, double min, double max, List<Violation> problems) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            problems.add(new Violation(path, "design.bound.finite", Double.isFinite(min) ? max : min, "the bounds of " + name + " must be finite numbers"));
            return false;
        }
        if (min > max) {
            problems.add(new Violation(path + ".min", "design.bound.order", min, "the minimum of " + name + " (" + min
                    + ") is above its maximum (" + max + ")"));
            return false;
        }
        return true;
    }
}
