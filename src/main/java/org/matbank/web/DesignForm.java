package org.matbank.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.matbank.design.Acquisition;
import org.matbank.design.DesignRequest;
import org.matbank.design.DesignSpace;
import org.matbank.design.DesignSpaces;
import org.matbank.design.RuleText;
import org.matbank.design.Strategy;
import org.matbank.design.Target;
import org.matbank.ml.Model;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/**
 * The new-design form: one target row per chosen model, the space as the first model's training
 * ranges with editable bounds (fields {@code s.N.min}, {@code s.N.max}, in the space's own units,
 * as the rules are), and the request it posts. Every row shows what the user sent, so a refused
 * design keeps the input.
 */
final class DesignForm {

    /** A target row: field prefix {@code t.N}, the model's property and the units it may be given in. */
    record TargetRow(int index, String model, String property, List<String> units, String kind, String low, String high, String unit) {
    }

    /** A variable of the space with the bounds shown in the form. */
    record SpaceRow(int index, String variable, String unit, String min, String max) {
    }

    static final List<String> KINDS = List.of(Target.Kind.values()).stream().map(Target.Kind::json).toList();
    static final List<String> STRATEGIES = List.of(Strategy.values()).stream().map(Strategy::json).toList();
    static final List<String> ACQUISITIONS = List.of(Acquisition.values()).stream().map(Acquisition::json).toList();

    private DesignForm() {
    }

    static List<TargetRow> targets(List<Model> models, Map<String, String> sent) {
        List<TargetRow> rows = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            Model m = models.get(i);
            String si = m.targetUnit() == null ? "" : m.targetUnit();
            List<String> units = si.isEmpty() ? List.of("") : Display.choices(si);
            String p = "t." + i + ".";
            rows.add(new TargetRow(i, m.id().toString(), m.target(), units, sent.getOrDefault(p + "kind", "maximise"),
                    sent.getOrDefault(p + "low", ""), sent.getOrDefault(p + "high", ""),
                    sent.getOrDefault(p + "unit", si.isEmpty() ? "" : Display.preferred(si, units))));
        }
        return rows;
    }

    static List<SpaceRow> space(DesignSpace space, Map<String, String> sent) {
        List<SpaceRow> rows = new ArrayList<>();
        for (DesignSpace.Composition c : space.compositions()) {
            for (DesignSpace.Component k : c.components()) {
                rows.add(row(rows.size(), c.variable(k.name()), c.unit(), k.min(), k.max(), sent));
            }
        }
        for (DesignSpace.Parameter p : space.parameters()) {
            rows.add(row(rows.size(), p.column(), p.unit(), p.min(), p.max(), sent));
        }
        return rows;
    }

    private static SpaceRow row(int index, String variable, String unit, double min, double max, Map<String, String> sent) {
        String p = "s." + index + ".";
        // exact bounds: a rounded one could leave a training value out, or a composition unable to reach its total
        return new SpaceRow(index, variable, unit == null ? "" : unit, sent.getOrDefault(p + "min", exact(min)),
                sent.getOrDefault(p + "max", exact(max)));
    }

    private static String exact(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : "";
    }

    /** The design the form asks for; every unreadable field is refused at once, named by its path in the request. */
    static DesignRequest request(List<Model> models, Map<String, String> form) {
        List<Violation> problems = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            String p = "t." + i + ".";
            Target.Kind kind = Target.Kind.parse(form.getOrDefault(p + "kind", ""));
            String unit = form.get(p + "unit");
            targets.add(new Target(models.get(i).target(), kind, number(form.get(p + "low"), "targets[" + i + "].low", problems),
                    number(form.get(p + "high"), "targets[" + i + "].high", problems), unit == null || unit.isBlank() ? null : unit));
        }
        DesignSpace space = null;
        if (!models.isEmpty()) {
            DesignSpace derived = DesignSpaces.fromModel(models.get(0));
            List<DesignSpace.Rule> rules = List.of();
            try {
                rules = RuleText.parseAll(form.get("rules"));
            } catch (InvalidInputException refused) {
                problems.addAll(refused.violations());
            }
            space = bounded(derived, form, rules, problems);
        }
        Strategy strategy = Strategy.parse(form.getOrDefault("strategy", ""));
        Acquisition acquisition = Acquisition.parse(form.getOrDefault("acquisition", ""));
        Integer samples = whole(form.get("samples"), "samples", problems);
        Integer candidates = whole(form.get("candidates"), "candidates", problems);
        Integer seed = whole(form.get("seed"), "seed", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, problems);
        }
        return new DesignRequest(form.get("name"), space, targets, models.stream().map(Model::id).toList(), null, strategy, acquisition,
                samples, null, null, candidates, null, seed == null ? null : (long) seed);
    }

    /** The derived space with the bounds the user typed (blank: the training range). */
    private static DesignSpace bounded(DesignSpace derived, Map<String, String> form, List<DesignSpace.Rule> rules, List<Violation> problems) {
        int index = 0;
        List<DesignSpace.Composition> compositions = new ArrayList<>();
        for (DesignSpace.Composition c : derived.compositions()) {
            List<DesignSpace.Component> components = new ArrayList<>();
            for (DesignSpace.Component k : c.components()) {
                double[] b = bounds(form, index++, c.variable(k.name()), k.min(), k.max(), problems);
                components.add(new DesignSpace.Component(k.name(), b[0], b[1]));
            }
            compositions.add(new DesignSpace.Composition(c.name(), c.unit(), c.total(), components, c.required(), c.forbidden(), c.maxComponents()));
        }
        List<DesignSpace.Parameter> parameters = new ArrayList<>();
        for (DesignSpace.Parameter p : derived.parameters()) {
            double[] b = bounds(form, index++, p.column(), p.min(), p.max(), problems);
            parameters.add(new DesignSpace.Parameter(p.column(), p.unit(), b[0], b[1]));
        }
        return new DesignSpace(compositions, parameters, derived.choices(), rules, derived.ties());
    }

    private static double[] bounds(Map<String, String> form, int index, String variable, double min, double max, List<Violation> problems) {
        double low = number(form.get("s." + index + ".min"), "space." + variable + ".min", problems);
        double high = number(form.get("s." + index + ".max"), "space." + variable + ".max", problems);
        return new double[] {Double.isNaN(low) ? min : low, Double.isNaN(high) ? max : high};
    }

    private static double number(String text, String path, List<Violation> problems) {
        if (text == null || text.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new Violation(path, "design.form.number", text, "'" + text + "' is not a number"));
            return Double.NaN;
        }
    }

    private static Integer whole(String text, String path, List<Violation> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new Violation(path, "design.form.number", text, "'" + text + "' is not a whole number"));
            return null;
        }
    }
}
