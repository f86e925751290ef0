package org.matbank.design;

import java.util.ArrayList;
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
        for (ModelAnalysis.InputRange range : model.analysis().inputs()) {
            if (Double.isNaN(range.min())) {
                continue;
            }
            String column = range.column();
            if (column.startsWith("composition:") && column.endsWith(MASS)) {
                components.add(new DesignSpace.Component(column.substring("composition:".length()), range.min(), range.max()));
            } else {
                parameters.add(new DesignSpace.Parameter(column, range.unit(), range.min(), range.max()));
            }
        }
        List<DesignSpace.Composition> compositions = components.isEmpty() ? List.of()
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
