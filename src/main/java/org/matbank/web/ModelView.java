package org.matbank.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.matbank.ml.Metrics;
import org.matbank.ml.Model;
import org.matbank.ml.ModelAnalysis;
import org.matbank.ml.ModelEvaluation;
import org.matbank.shared.Units;

/**
 * A model as the pages show it: values in the unit a researcher reads (MPa, not Pa), metrics
 * converted with them (errors scale by the unit's factor, the negative log-likelihood shifts by
 * its logarithm), and the chart data of the model page.
 */
final class ModelView {

    /** The target's display unit and the factor from it to SI (SI value = factor x shown value). */
    record Unit(String shown, double factor) {

        static Unit of(String siUnit) {
            String si = siUnit == null ? "" : siUnit;
            String shown = Display.preferred(si, Display.choices(si));
            if (shown == null || shown.isEmpty() || shown.equals(si)) {
                return new Unit(si.isEmpty() ? "1" : si, 1);
            }
            try {
                // an affine unit (°C) has no factor for differences: stay in SI then
                double factor = Units.toSi(1, shown) - Units.toSi(0, shown);
                return Units.toSi(0, shown) == 0 ? new Unit(shown, factor) : new Unit(si, 1);
            } catch (RuntimeException e) {
                return new Unit(si, 1);
            }
        }

        double show(double si) {
            return si / factor;
        }
    }

    /** Metrics in the shown unit. */
    record ShownMetrics(int n, double r2, double mae, double rmse, double nll, double sdZ, double coverage68, double coverage95) {

        static ShownMetrics of(Metrics m, Unit unit) {
            return new ShownMetrics(m.n(), m.r2(), unit.show(m.mae()), unit.show(m.rmse()), m.nll() - Math.log(unit.factor()), m.sdZ(),
                    m.coverage68(), m.coverage95());
        }
    }

    /** A line of the models list. */
    record Row(UUID id, String name, int version, String kind, String target, String unit, int rows, ShownMetrics metrics,
            String author, String created) {

        static Row of(Model m) {
            Unit unit = Unit.of(m.targetUnit());
            return new Row(m.id(), m.name(), m.version(), m.kind().json(), m.target(), unit.shown(), m.rows(),
                    ShownMetrics.of(m.evaluation().metrics(), unit), m.author(), m.createdAt().toString().substring(0, 16).replace('T', ' '));
        }
    }

    private ModelView() {
    }

    /** Parity chart: measured vs out-of-fold predicted, with the 1-sigma bars, in the shown unit. */
    static Map<String, Object> parity(Model m) {
        Unit unit = Unit.of(m.targetUnit());
        List<double[]> points = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (ModelEvaluation.ParityPoint p : m.evaluation().parity()) {
            points.add(new double[] {round(unit.show(p.measured())), round(unit.show(p.predicted())), round(unit.show(p.sigma()))});
            ids.add(p.material() == null ? null : p.material().toString());
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("unit", unit.shown());
        chart.put("points", points);
        chart.put("ids", ids);
        return chart;
    }

    /** Importance bars: the features by mean |SHAP| and by permutation, most important first (at most 15). */
    static Map<String, Object> importance(Model m) {
        Unit unit = Unit.of(m.targetUnit());
        List<ModelAnalysis.FeatureImportance> top = m.analysis().importance().stream().limit(15).toList();
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("unit", unit.shown());
        chart.put("features", top.stream().map(ModelAnalysis.FeatureImportance::feature).toList());
        chart.put("shap", top.stream().map(f -> round(unit.show(f.shap()))).toList());
        chart.put("permutation", top.stream().map(f -> round(unit.show(f.permutation()))).toList());
        return chart;
    }

    /** Partial-dependence curves with their 1-sigma band. */
    static List<Map<String, Object>> dependence(Model m) {
        Unit unit = Unit.of(m.targetUnit());
        List<Map<String, Object>> curves = new ArrayList<>();
        for (ModelAnalysis.Dependence d : m.analysis().partialDependence()) {
            curves.add(curve(d.feature(), d.grid(), d.mean(), d.sigma(), unit));
        }
        return curves;
    }

    static Map<String, Object> curve(String feature, double[] grid, double[] mean, double[] sigma, Unit unit) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("feature", feature);
        c.put("unit", unit.shown());
        List<double[]> points = new ArrayList<>();
        for (int g = 0; g < grid.length; g++) {
            points.add(new double[] {round(grid[g]), round(unit.show(mean[g])), round(unit.show(sigma[g]))});
        }
        c.put("points", points);
        return c;
    }

    /** Six significant digits: enough for a chart, and short JSON. */
    static double round(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        double scale = Math.pow(10, 5 - Math.floor(Math.log10(Math.abs(v))));
        return Math.rint(v * scale) / scale;
    }
}
