package org.matbank.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.matbank.design.Candidate;
import org.matbank.design.Design;
import org.matbank.design.DesignOutcome;
import org.matbank.design.DesignSpace;
import org.matbank.design.Target;

/**
 * A design round as its page shows it: the candidates table in readable units (targets in MPa or
 * °C, compositions in wt%), the warnings in the page language where a message exists, and the
 * data of the history and Pareto charts.
 */
final class DesignView {

    /** Warning codes the bundles translate; any other shows the engine's English message. */
    private static final Set<String> TRANSLATED = Set.of("design.target.extrapolation", "design.candidates.outside", "design.model.inputs",
            "design.candidates.none");
    private static final String MASS = " (mass fraction)";

    /** A warning: {@code key} the message key in the page language, null to show {@code message} alone. */
    record Warning(String key, String field, String message) {
        static Warning of(DesignOutcome.Warning w) {
            return new Warning(TRANSLATED.contains(w.code()) ? "designs.warning." + w.code() : null, w.field(), w.message());
        }
    }

    /** A table column: its heading and unit. */
    record Column(String name, String unit) {
    }

    /** A candidate's line: texts ready to show. */
    record Row(int rank, String score, String probability, List<String> estimates, boolean outside, List<String> values, UUID spec) {
    }

    /** A variable of the table: its key in the candidate, how it is shown. */
    private record Variable(String key, Column column, double factor, DesignUnit unit) {
        String show(Double v) {
            return v == null ? "–" : DesignUnit.format(unit == null ? v * factor : unit.value(v));
        }
    }

    private final DesignOutcome outcome;
    private final List<DesignUnit> units;
    private final List<Variable> variables;

    DesignView(DesignOutcome outcome) {
        this.outcome = outcome;
        this.units = new ArrayList<>();
        List<Candidate> any = outcome.candidates().isEmpty() ? outcome.front() : outcome.candidates();
        for (int t = 0; t < outcome.targets().size(); t++) {
            units.add(DesignUnit.of(any.isEmpty() ? null : any.get(0).estimates().get(t).unit()));
        }
        this.variables = variables(outcome.space());
    }

    private static List<Variable> variables(DesignSpace space) {
        List<Variable> out = new ArrayList<>();
        for (DesignSpace.Composition c : space.compositions()) {
            boolean fraction = "mass fraction".equals(c.unit());
            for (DesignSpace.Component k : c.components()) {
                String name = k.name().endsWith(MASS) ? k.name().substring(0, k.name().length() - MASS.length()) : k.name();
                out.add(new Variable(c.variable(k.name()), new Column(name, fraction ? "wt%" : c.unit()), fraction ? 100 : 1, null));
            }
        }
        for (DesignSpace.Parameter p : space.parameters()) {
            DesignUnit unit = DesignUnit.of(p.unit());
            out.add(new Variable(p.column(), new Column(p.column(), unit.label()), 1, unit));
        }
        return out;
    }

    List<Column> targets() {
        List<Column> out = new ArrayList<>();
        for (int t = 0; t < outcome.targets().size(); t++) {
            out.add(new Column(outcome.targets().get(t).property(), units.get(t).label()));
        }
        return out;
    }

    List<Column> variableColumns() {
        List<Column> out = new ArrayList<>(variables.stream().map(Variable::column).toList());
        outcome.space().choices().forEach(c -> out.add(new Column(c.column(), "")));
        return out;
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Candidate c : outcome.candidates()) {
            List<String> estimates = new ArrayList<>();
            for (int t = 0; t < c.estimates().size(); t++) {
                Candidate.Estimate e = c.estimates().get(t);
                estimates.add(DesignUnit.format(units.get(t).value(e.mean())) + " ± " + DesignUnit.format(units.get(t).difference(e.sigma())));
            }
            List<String> values = new ArrayList<>();
            variables.forEach(v -> values.add(v.show(c.values().get(v.key()))));
            outcome.space().choices().forEach(choice -> values.add(c.choices().getOrDefault(choice.column(), "–")));
            rows.add(new Row(c.rank(), DesignUnit.format(c.score()), DesignUnit.format(c.probability()), estimates, c.outsideDomain(), values,
                    c.spec()));
        }
        return rows;
    }

    List<Warning> warnings() {
        return outcome.warnings().stream().map(Warning::of).toList();
    }

    /** The Pareto chart: the first two targets' means (or the mean and the score), the front and the proposed batch. */
    Map<String, Object> pareto() {
        boolean two = outcome.targets().size() > 1;
        Map<String, Object> chart = new LinkedHashMap<>();
        List<Column> columns = targets();
        chart.put("x", label(columns.get(0)));
        chart.put("y", two ? label(columns.get(1)) : null);
        chart.put("front", points(outcome.front(), two));
        chart.put("proposed", points(outcome.candidates(), two));
        return chart;
    }

    private List<double[]> points(List<Candidate> candidates, boolean two) {
        List<double[]> out = new ArrayList<>();
        for (Candidate c : candidates) {
            double x = units.get(0).value(c.estimates().get(0).mean());
            double y = two ? units.get(1).value(c.estimates().get(1).mean()) : c.score();
            out.add(new double[] {ModelView.round(x), ModelView.round(y), c.rank()});
        }
        return out;
    }

    private static String label(Column c) {
        return c.unit().isEmpty() ? c.name() : c.name() + " (" + c.unit() + ")";
    }

    /** The history chart: each round's experiments and best measured value of the first model's target. */
    static Map<String, Object> history(Design design) {
        Design.Round first = design.rounds().get(0);
        int t = first.models().indexOf(first.models().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null));
        DesignView view = new DesignView(design.latest().outcome());
        DesignUnit unit = t < 0 || t >= view.units.size() ? DesignUnit.of(null) : view.units.get(t);
        List<double[]> points = new ArrayList<>();
        for (Design.Round r : design.rounds()) {
            if (r.best() != null) {
                points.add(new double[] {r.experiments(), ModelView.round(unit.value(r.best())), r.round()});
            }
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        Target target = t < 0 ? null : design.latest().outcome().targets().get(t);
        chart.put("y", target == null ? "" : label(new Column(target.property(), unit.label())));
        chart.put("points", points);
        return chart;
    }
}
