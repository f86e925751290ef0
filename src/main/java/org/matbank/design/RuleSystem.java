package org.matbank.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.LinearConstraintSet;
import org.hipparchus.optim.linear.LinearObjectiveFunction;
import org.hipparchus.optim.linear.NonNegativeConstraint;
import org.hipparchus.optim.linear.Relationship;
import org.hipparchus.optim.linear.SimplexSolver;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.matbank.shared.Violation;

/**
 * The linear part of a design space as a linear program: every variable within its bounds, every
 * composition summing to its total, every rule. A space whose bounds are each sound may still hold
 * no candidate when the rules cannot hold with them (C >= 0.8, Mn >= 0.6 and C + Mn <= 1.2): the
 * simplex method (Hipparchus) finds a point or proves there is none. Then each rule is tried alone
 * with the bounds, so that the message names the rule to blame, or says the rules clash together.
 */
final class RuleSystem {

    private final DesignSpace space;
    private final List<String> variables;
    private final Map<String, double[]> bounds;

    RuleSystem(DesignSpace space, Map<String, double[]> bounds) {
        this.space = space;
        this.bounds = bounds;
        // only the variables a total or a rule links: the others are independent boxes, already checked,
        // and leaving them out keeps the simplex clear of temperatures in K beside fractions of 1e-5
        Set<String> linked = new HashSet<>();
        space.compositions().forEach(g -> g.components().forEach(c -> linked.add(g.variable(c.name()))));
        space.rules().forEach(r -> linked.addAll(r.terms().keySet()));
        this.variables = bounds.keySet().stream().filter(linked::contains).toList();
    }

    List<Violation> explain() {
        if (variables.isEmpty() || feasible(space.rules())) {
            return List.of();
        }
        List<Violation> problems = new ArrayList<>();
        for (int r = 0; r < space.rules().size(); r++) {
            DesignSpace.Rule rule = space.rules().get(r);
            if (!feasible(List.of(rule))) {
                problems.add(new Violation("rules[" + r + "]", "design.rule.infeasible", rule.text(),
                        "the rule '" + rule.text() + "' cannot hold within the bounds and totals of the space"));
            }
        }
        if (problems.isEmpty()) {
            List<String> texts = space.rules().stream().map(DesignSpace.Rule::text).toList();
            problems.add(new Violation("rules", "design.rule.infeasible", texts,
                    "each rule can hold alone, but not all of them together within the bounds: " + texts));
        }
        return problems;
    }

    /** Whether some point meets the bounds, the totals and these rules. */
    boolean feasible(List<DesignSpace.Rule> rules) {
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int v = 0; v < variables.size(); v++) {
            double[] b = bounds.get(variables.get(v));
            constraints.add(new LinearConstraint(unit(v), Relationship.GEQ, b[0]));
            constraints.add(new LinearConstraint(unit(v), Relationship.LEQ, b[1]));
        }
        for (DesignSpace.Composition group : space.compositions()) {
            double[] sum = new double[variables.size()];
            group.components().forEach(c -> sum[variables.indexOf(group.variable(c.name()))] = 1);
            constraints.add(new LinearConstraint(sum, Relationship.EQ, group.total()));
        }
        for (DesignSpace.Rule rule : rules) {
            double[] terms = new double[variables.size()];
            rule.terms().forEach((variable, coefficient) -> terms[variables.indexOf(variable)] += coefficient);
            constraints.add(new LinearConstraint(terms, relationship(rule.relation()), rule.bound()));
        }
        try {
            new SimplexSolver(Feasibility.TOLERANCE, 10, 1e-12).optimize(new LinearObjectiveFunction(new double[variables.size()], 0),
                    new LinearConstraintSet(constraints), GoalType.MINIMIZE, new NonNegativeConstraint(false));
            return true;
        } catch (MathIllegalStateException none) {
            return false;
        }
    }

    private double[] unit(int v) {
        double[] c = new double[variables.size()];
        c[v] = 1;
        return c;
    }

    private static Relationship relationship(DesignSpace.Relation relation) {
        switch (relation) {
            case AT_MOST:
                return Relationship.LEQ;
            case AT_LEAST:
                return Relationship.GEQ;
            default:
                return Relationship.EQ;
        }
    }
}
