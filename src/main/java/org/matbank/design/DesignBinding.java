package org.matbank.design;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matbank.access.Audience;
import org.matbank.ml.Model;
import org.matbank.ml.ModelPredictor;
import org.matbank.ml.ModelService;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Units;
import org.matbank.shared.Violation;

/**
 * A design request's targets bound to the models that predict them (each model fetched through
 * the model service's access rules), its space (the first model's training ranges by default,
 * checked for feasibility) and the warnings the caller must see: a target beyond anything a model
 * learnt from, a model input the space does not set.
 */
record DesignBinding(SpaceEncoding encoding, List<Target> targets, ModelPredictor[] predictors, List<DesignOutcome.Warning> warnings) {

    static DesignBinding bind(DesignRequest request, ModelService models, Audience audience) {
        List<Violation> problems = new ArrayList<>();
        Map<String, Model> byTarget = new HashMap<>();
        List<Model> found = new ArrayList<>();
        for (int i = 0; i < request.models().size(); i++) {
            Model model = models.get(request.models().get(i), audience);
            found.add(model);
            if (byTarget.put(model.target(), model) != null) {
                problems.add(new Violation("models[" + i + "]", "design.models.duplicate", model.id(), "two models predict '" + model.target() + "'"));
            }
        }
        List<Target> targets = new ArrayList<>();
        List<Model> used = new ArrayList<>();
        for (int i = 0; i < request.targets().size(); i++) {
            Target t = request.targets().get(i);
            String path = "targets[" + i + "]";
            if (t.property().equals(Cost.PROPERTY)) {
                targets.add(new Target(t.property(), t.kind(), t.low(), t.high(), null));
                used.add(null);
                continue;
            }
            Model model = byTarget.get(t.property());
            if (model == null) {
                problems.add(new Violation(path + ".property", "design.target.model", t.property(),
                        "no model of the design predicts '" + t.property() + "'; they predict " + byTarget.keySet()));
                continue;
            }
            if (t.unit() != null && !t.unit().isBlank() && !compatible(t.unit(), model.targetUnit())) {
                problems.add(new Violation(path + ".unit", "design.target.unit", t.unit(),
                        "'" + t.property() + "' is predicted in " + (model.targetUnit().isEmpty() ? "no unit" : model.targetUnit())
                                + "; '" + t.unit() + "' is not of that dimension"));
                continue;
            }
            targets.add(t.inSi());
            used.add(model);
        }
        for (int i = 0; i < found.size(); i++) {
            if (!used.contains(found.get(i))) {
                problems.add(new Violation("models[" + i + "]", "design.model.unused", found.get(i).target(),
                        "no target names the property this model predicts"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, problems);
        }
        DesignSpace space = request.space() != null ? request.space()
                : DesignSpaces.fromModel(used.stream().filter(m -> m != null).findFirst().orElseThrow(() -> new InvalidInputException(
                        Problem.INVALID, new Violation("space", "design.space", null, "a design without a model needs its space"))));
        Feasibility.check(space).forEach(v -> problems.add(v.prefixed("space")));
        SpaceEncoding encoding = problems.isEmpty() ? new SpaceEncoding(space) : null;
        if (encoding != null && request.cost() != null) {
            request.cost().prices().keySet().stream().filter(v -> !encoding.variables().contains(v)).forEach(v -> problems.add(
                    new Violation("cost.prices." + v, "design.cost.variable", v, "the space has no variable '" + v + "'")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, problems);
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int v = 0; v < encoding.variables().size(); v++) {
            columns.put(encoding.variables().get(v), v);
        }
        space.ties().forEach((column, variable) -> columns.put(column, columns.get(variable)));
        ModelPredictor[] predictors = new ModelPredictor[targets.size()];
        for (int t = 0; t < targets.size(); t++) {
            predictors[t] = used.get(t) == null ? null : models.predictor(used.get(t).id(), columns, audience);
        }
        return new DesignBinding(encoding, targets, predictors, DesignWarnings.of(request.targets(), targets, used, encoding));
    }

    private static boolean compatible(String unit, String siUnit) {
        try {
            return siUnit.isEmpty() ? Units.compatible(unit, "1") : Units.compatible(unit, siUnit);
        } catch (RuntimeException unknown) {
            return false;
        }
    }
}
