package org.matbank.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/**
 * Checks a design request before any model is asked: the targets (a property each, once; bounds
 * that make sense), the search's numbers within their limits, an acquisition that fits the
 * targets, and the cost's use. Every problem is reported at once, each with its field.
 */
final class DesignChecks {

    private DesignChecks() {
    }

    static void require(DesignRequest request) {
        List<Violation> problems = new ArrayList<>();
        if (request.targets().isEmpty()) {
            problems.add(new Violation("targets", "design.targets", null, "a design needs at least one target"));
        }
        if (request.models().isEmpty()) {
            problems.add(new Violation("models", "design.models", null, "a design needs the model of each predicted property"));
        }
        Set<String> properties = new HashSet<>();
        for (int i = 0; i < request.targets().size(); i++) {
            target(request, request.targets().get(i), "targets[" + i + "]", properties, problems);
        }
        boolean objective = request.targets().stream().anyMatch(t -> t != null && t.kind() != null && !t.isBound());
        Acquisition acquisition = request.acquisitionOrDefault();
        if (!objective && acquisition != Acquisition.PROBABILITY) {
            problems.add(new Violation("acquisition", "design.acquisition.objective", acquisition.json(),
                    "'" + acquisition.json() + "' improves an objective, and no target is one (maximise or minimise); use 'probability'"));
        }
        range(problems, "samples", request.samplesOrDefault(), 1, DesignRequest.MAX_SAMPLES);
        range(problems, "population", request.populationOrDefault(), 4, 1000);
        range(problems, "generations", request.generationsOrDefault(), 1, 5000);
        range(problems, "candidates", request.candidatesOrDefault(), 1, DesignRequest.MAX_CANDIDATES);
        double diversity = request.diversityOrDefault();
        if (!(diversity >= 0 && diversity <= 1)) {
            problems.add(new Violation("diversity", "design.diversity", diversity, "the least distance is a share of the space's diagonal, 0 to 1"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, problems);
        }
    }

    private static void target(DesignRequest request, Target t, String path, Set<String> properties, List<Violation> problems) {
        if (t == null || t.kind() == null) {
            problems.add(new Violation(path + ".kind", "design.target.kind", null,
                    "a target is at-least, at-most, within, maximise or minimise"));
            return;
        }
        if (!properties.add(t.property())) {
            problems.add(new Violation(path + ".property", "design.target.duplicate", t.property(), "one target per property"));
        }
        boolean needsLow = t.kind() == Target.Kind.AT_LEAST || t.kind() == Target.Kind.WITHIN;
        boolean needsHigh = t.kind() == Target.Kind.AT_MOST || t.kind() == Target.Kind.WITHIN;
        if (needsLow && !Double.isFinite(t.low())) {
            problems.add(new Violation(path + ".low", "design.target.bound", t.low(), "'" + t.kind().json() + "' needs a finite low"));
        }
        if (needsHigh && !Double.isFinite(t.high())) {
            problems.add(new Violation(path + ".high", "design.target.bound", t.high(), "'" + t.kind().json() + "' needs a finite high"));
        }
        if (t.kind() == Target.Kind.WITHIN && t.low() >= t.high()) {
            problems.add(new Violation(path, "design.target.order", t.low() + " .. " + t.high(), "low must be below high"));
        }
        if (t.property().equals(Cost.PROPERTY)) {
            if (request.cost() == null || request.cost().prices().isEmpty()) {
                problems.add(new Violation("cost.prices", "design.cost.prices", null, "a cost target needs the prices of the variables"));
            }
            if (!t.isBound() && request.strategyOrDefault() != Strategy.NSGA2) {
                problems.add(new Violation(path + ".kind", "design.cost.objective", t.kind().json(),
                        "the cost can be minimised in a Pareto search (strategy 'nsga2'); otherwise bound it (at-most)"));
            }
        }
    }

    private static void range(List<Violation> problems, String field, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(new Violation(field, "design." + field, value, field + " must be " + min + " to " + max));
        }
    }
}
