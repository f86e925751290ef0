package org.matbank.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.matbank.access.Audience;
import org.matbank.access.Caller;
import org.matbank.access.DatasetAccess;
import org.matbank.ml.ModelKind;
import org.matbank.ml.ModelService;
import org.matbank.ml.TrainRequest;
import org.matbank.search.SearchRequest;
import org.matbank.search.SearchService;
import org.matbank.search.Visibility;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.matbank.table.TableDefinition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The models page: the models the caller may see with their cross-validated metrics, and a form
 * that trains a new one on the materials a filter selects, through the same service as the API
 * ({@code POST /api/models}). Training runs while the request waits (seconds on the demo data).
 */
@Controller
class ModelsPage {

    private final ModelService models;
    private final SearchService search;
    private final DatasetAccess access;

    ModelsPage(ModelService models, SearchService search, DatasetAccess access) {
        this.models = models;
        this.search = search;
        this.access = access;
    }

    @GetMapping("/models")
    String list(Model model, HttpServletRequest request) {
        model.addAttribute("sent", Map.of("folds", "5", "seed", "0"));
        return listed(model, request);
    }

    @PostMapping("/models")
    String train(@RequestParam Map<String, String> form, Model model, HttpServletRequest request) {
        try {
            String kind = blank(form.get("kind")) ? null : form.get("kind");
            ModelKind chosen = kind == null ? null : ModelKind.parse(kind);
            if (kind != null && chosen == null) {
                throw new InvalidInputException(Problem.INVALID, new Violation("kind", "model.kind", kind, "unknown model kind"));
            }
            TrainRequest train = new TrainRequest(form.get("name"),
                    new TableDefinition(blank(form.get("filter")) ? null : form.get("filter"), blank(form.get("text")) ? null : form.get("text"),
                            List.of(), Map.of()),
                    null, null, form.get("target"), List.of(), form.containsKey("magpie"), chosen, Map.of(),
                    integer(form.get("folds"), "folds"), (long) integer(form.get("seed"), "seed"));
            Caller caller = Caller.of(request).orElse(null);
            org.matbank.ml.Model trained = models.train(train, access.audience(request), caller == null ? "anonymous" : caller.describe());
            return "redirect:/models/" + trained.id();
        } catch (InvalidInputException refused) {
            model.addAttribute("problems", refused.violations());
            model.addAttribute("sent", form);
            return listed(model, request);
        }
    }

    private String listed(Model model, HttpServletRequest request) {
        Audience audience = access.audience(request);
        model.addAttribute("models", models.list(audience).stream().map(ModelView.Row::of).toList());
        // the numeric property columns of the materials the caller sees: what a model can predict
        model.addAttribute("targets", search.columns(SearchRequest.of(null, null, null), Visibility.of(audience)).stream()
                .filter(c -> c.siUnit() != null && c.name().startsWith("property:")).map(SearchService.Column::name).toList());
        model.addAttribute("kinds", List.of(ModelKind.values()).stream().map(ModelKind::json).toList());
        return "models";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int integer(String value, String field) {
        try {
            return Integer.parseInt(value.strip());
        } catch (RuntimeException e) {
            throw new InvalidInputException(Problem.INVALID, new Violation(field, "model." + field, value, "a whole number is needed"));
        }
    }
}
