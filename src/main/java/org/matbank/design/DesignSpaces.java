package org.matbank.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matbank.ml.Model;
import org.matbank.ml.ModelAnalysis;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/**
 * The default design space of a model: what its training data covered. The mass fractions of the
 * composition become one composition summing to 1, each component within its training range;
 * every other numeric input becomes a parameter within its training range. The user narrows or
 * widens it from there (widening is extrapolation, and the predictions say so).
 */
public final class DesignSpaces {

    static final String MASS = " (mass fraction)";

    private DesignSpaces() {
    }

    public static DesignSpace fromModel(Model model) {
        if (!model.inputs().magpie().isEmpty() || !model.inputs().molecules().isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, new Violation("model", "design.model.features", model.id(),
                    "a design space is derived from models on numeric inputs only, not from Magpie or molecule features (yet)"));
        }
        List<DesignSpace.Component> components = new ArrayList<>();
        List<DesignSpace.Parameter> parameters = new ArrayList<>();
        Set<String> skipped = skippedSteps(model.analysis().inputs());
        for (ModelAnalysis.InputRange range : model.analysis().inputs()) {
            if (Double.isNaN(range.min())) {
                continue;
            }
            String column = range.column();
            if (switchOf(range) != null) {
                double applied = range.median();
                parameters.add(new DesignSpace.Parameter(column, range.unit(), applied, applied));
            } else if (column.startsWith("parameter:") && column.indexOf('/') > 0
                    && skipped.contains(column.substring("parameter:".length(), column.indexOf('/')))) {
                continue;
            } else if (column.startsWith("composition:") && column.endsWith(MASS)) {
                components.add(new DesignSpace.Component(column.substring("composition:".length()), range.min(), range.max()));
            } else {
                parameters.add(new DesignSpace.Parameter(column, range.unit(), range.min(), range.max()));
            }
        }
        // without a balance element among the inputs the fractions cannot sum to 1: then each is a parameter in its range
        double highest = components.stream().mapToDouble(DesignSpace.Component::max).sum();
        double lowest = components.stream().mapToDouble(DesignSpace.Component::min).sum();
        boolean whole = highest >= 1 - 1e-9 && lowest <= 1 + 1e-9;
        if (!whole) {
            components.forEach(c -> parameters.add(new DesignSpace.Parameter("composition:" + c.name(), "", c.min(), c.max())));
        }
        List<DesignSpace.Composition> compositions = components.isEmpty() || !whole ? List.of()
                : List.of(new DesignSpace.Composition("composition", "mass fraction", 1.0, components, Set.of(), Set.of(), null));
        Map<String, String> ties = new LinkedHashMap<>();
        parameters.removeIf(p -> {
            String variable = twin(p, components);
            if (variable != null) {
                ties.put(p.column(), variable);
            }
            return variable != null;
        });
        return new DesignSpace(compositions, parameters, List.of(), List.of(), ties);
    }

    /**
     * The step whose workpiece column this is ("ingredient:tempering/steel (mass fraction)": 1 where
     * the step was applied, 0 where not), or null. The default space keeps the usual route: each step
     * fixed as most training materials had it; a step most lacked is left out with its parameters,
     * which models then see missing, as they did for those materials. Editing the space changes the route.
     */
    static String switchOf(ModelAnalysis.InputRange range) {
        String column = range.column();
        int slash = column.indexOf('/');
        boolean flag = range.min() == 0 && range.max() == 1 && (range.median() == 0 || range.median() == 1);
        return column.startsWith("ingredient:") && column.endsWith(MASS) && slash > 0 && flag ? column.substring("ingredient:".length(), slash) : null;
    }

    private static Set<String> skippedSteps(List<ModelAnalysis.InputRange> ranges) {
        Set<String> skipped = new HashSet<>();
        for (ModelAnalysis.InputRange range : ranges) {
            if (switchOf(range) != null && range.median() == 0) {
                skipped.add(switchOf(range));
            }
        }
        return skipped;
    }

    /**
     * The composition variable an ingredient's mass-fraction column repeats (a raw element melted
     * in: "ingredient:melting/C (mass fraction)" and "composition:C (mass fraction)", with the same
     * training range), or null. Sampled apart, the two would describe different steels.
     */
    private static String twin(DesignSpace.Parameter p, List<DesignSpace.Component> components) {
        int slash = p.column().indexOf('/');
        if (!p.column().startsWith("ingredient:") || slash < 0 || !p.column().endsWith(MASS)) {
            return null;
        }
        String element = p.column().substring(slash + 1);
        for (DesignSpace.Component c : components) {
            if (c.name().equals(element) && close(c.min(), p.min()) && close(c.max(), p.max())) {
                return "composition:" + c.name();
            }
        }
        return null;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
