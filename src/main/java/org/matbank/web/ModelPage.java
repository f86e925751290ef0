package org.matbank.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.matbank.access.Audience;
import org.matbank.access.DatasetAccess;
import org.matbank.ml.InputSweep;
import org.matbank.ml.Model;
import org.matbank.ml.ModelAnalysis;
import org.matbank.ml.ModelPrediction;
import org.matbank.ml.ModelService;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Units;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One model: provenance, cross-validated metrics, the parity plot with error bars, residuals,
 * feature importance, partial dependence, a prediction form and the what-if view (both answered
 * by htmx with a page part), and the download of the standalone artifact. A model the caller
 * may not see answers 404, as the API does.
 */
@Controller
class ModelPage {

    private final ModelService models;
    private final DatasetAccess access;
    private final WebJson json;

    /** An input of the prediction form: the table column, the unit it is entered in, the training median in that unit. */
    record Input(String column, String field, String unit, String si, Double median, Double min, Double max) {
    }

    ModelPage(ModelService models, DatasetAccess access, WebJson json) {
        this.models = models;
        this.access = access;
        this.json = json;
    }

    @GetMapping("/models/{id}")
    String model(@PathVariable String id, org.springframework.ui.Model page, HttpServletRequest request, HttpServletResponse response) {
        Optional<Model> found = find(id, access.audience(request));
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            page.addAttribute("missing", id);
            return "model-missing";
        }
        Model m = found.get();
        page.addAttribute("model", m);
        page.addAttribute("row", ModelView.Row.of(m));
        page.addAttribute("raw", ModelView.ShownMetrics.of(m.evaluation().raw(), ModelView.Unit.of(m.targetUnit())));
        page.addAttribute("parity", json.write(ModelView.parity(m)));
        page.addAttribute("importance", json.write(ModelView.importance(m)));
        page.addAttribute("top", m.analysis().importance().stream().limit(15).toList());
        page.addAttribute("dependence", ModelView.dependence(m).stream().map(json::write).toList());
        page.addAttribute("inputs", inputs(m));
        page.addAttribute("definition", json.write(m.tableDefinition()));
        long[] usage = models.usage(m.id(), access.audience(request));
        page.addAttribute("requests", usage[0]);
        page.addAttribute("predicted", usage[1]);
        return "model";
    }

    @PostMapping("/models/{id}/predict")
    String predict(@PathVariable UUID id, @RequestParam Map<String, String> form, org.springframework.ui.Model page,
            HttpServletRequest request) {
        Audience audience = access.audience(request);
        Model m = models.find(id, audience).orElseThrow(() -> missing(id));
        try {
            Map<String, Object> row = new LinkedHashMap<>(si(m, form));
            ModelPrediction p = models.predict(id, List.of(row), audience).get(0);
            ModelView.Unit unit = ModelView.Unit.of(m.targetUnit());
            page.addAttribute("value", ModelView.round(unit.show(p.value())));
            page.addAttribute("sigma", ModelView.round(unit.show(p.sigma())));
            page.addAttribute("unit", unit.shown());
            page.addAttribute("outside", p.outside());
        } catch (InvalidInputException refused) {
            page.addAttribute("problems", refused.violations());
        }
        return "model-parts :: prediction";
    }

    @PostMapping("/models/{id}/what-if")
    String whatIf(@PathVariable UUID id, @RequestParam Map<String, String> form, org.springframework.ui.Model page,
            HttpServletRequest request) {
        Audience audience = access.audience(request);
        Model m = models.find(id, audience).orElseThrow(() -> missing(id));
        try {
            InputSweep.Curve c = models.whatIf(id, si(m, form), form.get("column"), 25, audience);
            Map<String, Object> curve = ModelView.curve(c.column(), c.grid(), c.mean(), c.sigma(), ModelView.Unit.of(m.targetUnit()));
            curve.put("xunit", c.unit() == null || c.unit().isEmpty() ? "1" : c.unit());
            page.addAttribute("curve", json.write(curve));
            page.addAttribute("extrapolated", countTrue(c.outside()));
        } catch (InvalidInputException refused) {
            page.addAttribute("problems", refused.violations());
        }
        return "model-parts :: whatif";
    }

    /** The form's values converted to SI: field v.N holds input N's value, entered in unit u.N. */
    private static Map<String, Double> si(Model m, Map<String, String> form) {
        Map<String, Double> values = new HashMap<>();
        List<String> columns = m.inputs().tableColumns();
        for (int i = 0; i < columns.size(); i++) {
            String value = form.get("v." + i);
            if (value == null || value.isBlank()) {
                continue;
            }
            double number;
            try {
                number = Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(org.matbank.shared.Problem.INVALID, new org.matbank.shared.Violation(columns.get(i),
                        "prediction.number", value, "not a number"));
            }
            String unit = form.get("u." + i);
            values.put(columns.get(i), unit == null || unit.isEmpty() || unit.equals("1") ? number : Units.toSi(number, unit));
        }
        return values;
    }

    static List<Input> inputs(Model m) {
        Map<String, ModelAnalysis.InputRange> ranges = new HashMap<>();
        m.analysis().inputs().forEach(r -> ranges.put(r.column(), r));
        List<Input> out = new ArrayList<>();
        List<String> columns = m.inputs().tableColumns();
        for (int i = 0; i < columns.size(); i++) {
            String si = m.inputs().units().getOrDefault(columns.get(i), "");
            String shown = si.isEmpty() ? "1" : Display.preferred(si, Display.choices(si));
            ModelAnalysis.InputRange r = ranges.get(columns.get(i));
            out.add(new Input(columns.get(i), String.valueOf(i), shown, si,
                    r == null ? null : shown(r.median(), si, shown), r == null ? null : shown(r.min(), si, shown),
                    r == null ? null : shown(r.max(), si, shown)));
        }
        return out;
    }

    private static Double shown(double si, String siUnit, String unit) {
        if (Double.isNaN(si)) {
            return null;
        }
        return ModelView.round(siUnit.isEmpty() || unit.equals("1") || unit.equals(siUnit) ? si : Units.convert(si, siUnit, unit));
    }

    private static int countTrue(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }

    private Optional<Model> find(String id, Audience audience) {
        try {
            return models.find(UUID.fromString(id), audience);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static InvalidInputException missing(UUID id) {
        return new InvalidInputException(org.matbank.shared.Problem.NOT_FOUND,
                new org.matbank.shared.Violation("id", "model.unknown", id, "no model with this id"));
    }
}
