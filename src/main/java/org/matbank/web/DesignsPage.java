package org.matbank.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.matbank.access.Audience;
import org.matbank.access.Caller;
import org.matbank.access.DatasetAccess;
import org.matbank.design.Design;
import org.matbank.design.DesignService;
import org.matbank.design.DesignSpaces;
import org.matbank.design.Target;
import org.matbank.ml.ModelService;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Units;
import org.matbank.shared.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The designs page: the designs the caller may see, and a form that starts one through the same
 * service as the API ({@code POST /api/designs}). Choosing the models (a GET) sets up one target
 * row per model and the first model's training ranges as the space; running waits for the search.
 */
@Controller
class DesignsPage {

    /** A line of the designs list. */
    record Row(UUID id, String name, String targets, int rounds, int experiments, String best, String author, String created) {
    }

    private final DesignService designs;
    private final ModelService models;
    private final DatasetAccess access;
    private final WebJson json;

    DesignsPage(DesignService designs, ModelService models, DatasetAccess access, WebJson json) {
        this.designs = designs;
        this.models = models;
        this.access = access;
        this.json = json;
    }

    @GetMapping("/designs")
    String list(@RequestParam(name = "model", required = false) List<String> chosen, Model page, HttpServletRequest request) {
        Map<String, String> sent = new HashMap<>(Map.of("samples", "2000", "candidates", "10", "seed", "0"));
        try {
            return listed(ids(chosen), sent, page, request);
        } catch (InvalidInputException refused) {
            page.addAttribute("problems", refused.violations());
            return listed(List.of(), sent, page, request);
        }
    }

    @PostMapping("/designs")
    String create(@RequestParam MultiValueMap<String, String> form, Model page, HttpServletRequest request) {
        Map<String, String> sent = form.toSingleValueMap();
        List<UUID> chosen = ids(form.get("model"));
        try {
            Audience audience = access.audience(request);
            List<org.matbank.ml.Model> picked = chosen.stream().map(id -> models.get(id, audience)).toList();
            Caller caller = Caller.of(request).orElse(null);
            Design design = designs.create(DesignForm.request(picked, sent), audience, caller == null ? "anonymous" : caller.describe(),
                    caller == null ? null : caller.userId());
            return "redirect:/designs/" + design.id();
        } catch (InvalidInputException refused) {
            page.addAttribute("problems", refused.violations());
            return listed(chosen, sent, page, request);
        }
    }

    private String listed(List<UUID> chosen, Map<String, String> sent, Model page, HttpServletRequest request) {
        Audience audience = access.audience(request);
        page.addAttribute("designs", designs.list(audience).stream().map(this::row).toList());
        List<org.matbank.ml.Model> all = models.list(audience);
        page.addAttribute("models", all.stream().map(ModelView.Row::of).toList());
        List<org.matbank.ml.Model> picked = new ArrayList<>();
        chosen.forEach(id -> all.stream().filter(m -> m.id().equals(id)).findFirst().ifPresent(picked::add));
        page.addAttribute("chosen", picked.stream().map(m -> m.id().toString()).toList());
        page.addAttribute("sent", sent);
        page.addAttribute("kinds", DesignForm.KINDS);
        page.addAttribute("strategies", DesignForm.STRATEGIES);
        page.addAttribute("acquisitions", DesignForm.ACQUISITIONS);
        if (!picked.isEmpty()) {
            page.addAttribute("targets", DesignForm.targets(picked, sent));
            try {
                page.addAttribute("space", DesignForm.space(DesignSpaces.fromModel(picked.get(0)), sent));
            } catch (InvalidInputException refused) {
                page.addAttribute("problems", refused.violations());
            }
        }
        return "designs";
    }

    private Row row(Design.Summary d) {
        List<String> targets = d.targets().stream().map(DesignsPage::target).toList();
        Target first = d.targets().stream().filter(t -> !"cost".equals(t.property())).findFirst().orElse(null);
        return new Row(d.id(), d.name(), String.join("; ", targets), d.rounds(), d.experiments(), best(d.best(), first), d.author(),
                json.when(d.createdAt()));
    }

    /** "property:fatigue strength at-least 700 MPa": the target as asked. */
    static String target(Target t) {
        String unit = t.unit() == null ? "" : " " + t.unit();
        return switch (t.kind() == null ? Target.Kind.MAXIMISE : t.kind()) {
            case AT_LEAST -> t.property() + " ≥ " + DesignUnit.format(t.low()) + unit;
            case AT_MOST -> t.property() + " ≤ " + DesignUnit.format(t.high()) + unit;
            case WITHIN -> t.property() + " " + DesignUnit.format(t.low()) + "–" + DesignUnit.format(t.high()) + unit;
            case MAXIMISE -> t.property() + " ↑";
            case MINIMISE -> t.property() + " ↓";
        };
    }

    /** The best measured value (SI) in the unit the first target was asked in, else in SI. */
    private static String best(Double best, Target first) {
        if (best == null) {
            return "–";
        }
        if (first != null && first.unit() != null && !first.unit().isBlank()) {
            try {
                return DesignUnit.format(Units.convert(best, Units.siUnit(first.unit()), first.unit())) + " " + first.unit();
            } catch (RuntimeException e) {
                // an unknown unit was refused at creation; show SI
            }
        }
        return DesignUnit.format(best);
    }

    private static List<UUID> ids(List<String> texts) {
        List<UUID> ids = new ArrayList<>();
        if (texts == null) {
            return ids;
        }
        for (String text : texts) {
            try {
                ids.add(UUID.fromString(text.strip()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(Problem.INVALID, new Violation("models", "design.model", text, "'" + text + "' is not a model id"));
            }
        }
        return ids;
    }
}
