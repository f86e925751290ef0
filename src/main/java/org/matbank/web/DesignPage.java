package org.matbank.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.matbank.access.Audience;
import org.matbank.access.Caller;
import org.matbank.access.DatasetAccess;
import org.matbank.access.Scope;
import org.matbank.design.Design;
import org.matbank.design.DesignService;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One design: a round's warnings, the history of the loop, the candidates with their estimates,
 * the Pareto front, saving chosen candidates as planned experiments and the next round. A design
 * the caller may not see answers 404, as the API does.
 */
@Controller
class DesignPage {

    private final DesignService designs;
    private final DatasetAccess access;
    private final EntryDatasets datasets;
    private final WebJson json;

    DesignPage(DesignService designs, DatasetAccess access, EntryDatasets datasets, WebJson json) {
        this.designs = designs;
        this.access = access;
        this.datasets = datasets;
        this.json = json;
    }

    @GetMapping("/designs/{id}")
    String design(@PathVariable String id, @RequestParam(required = false) Integer round, Model page, HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Design> found = find(id, access.audience(request));
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            page.addAttribute("missing", id);
            return "design-missing";
        }
        return shown(found.get(), round, page, request);
    }

    @PostMapping("/designs/{id}/rounds/{round}/specs")
    String save(@PathVariable UUID id, @PathVariable int round, @RequestParam MultiValueMap<String, String> form, Model page,
            HttpServletRequest request) {
        Audience audience = access.audience(request);
        Design design = designs.get(id, audience);
        Caller caller = Caller.of(request).orElse(null);
        try {
            List<Integer> ranks = new ArrayList<>();
            for (String rank : form.getOrDefault("candidate", List.of())) {
                ranks.add(Integer.valueOf(rank.strip()));
            }
            String dataset = form.getFirst("dataset");
            if (dataset == null || dataset.isBlank()) {
                throw new InvalidInputException(Problem.INVALID, new Violation("dataset", "design.spec.dataset", null,
                        "choose the dataset the planned experiments belong to"));
            }
            UUID target = UUID.fromString(dataset.strip());
            access.requireChange(caller, target);
            designs.saveSpecs(id, round, ranks, target, audience, caller == null ? "anonymous" : caller.describe(),
                    caller == null ? null : caller.userId(), admin(caller));
            return "redirect:/designs/" + id + "?round=" + round;
        } catch (InvalidInputException refused) {
            page.addAttribute("specProblems", refused.violations());
        } catch (IllegalArgumentException unreadable) {
            page.addAttribute("specProblems", List.of(new Violation("candidates", "design.spec.rank", form, "unreadable candidate or dataset")));
        }
        return shown(design, round, page, request);
    }

    @PostMapping("/designs/{id}/rounds")
    String next(@PathVariable UUID id, HttpServletRequest request) {
        Caller caller = Caller.of(request).orElse(null);
        Design design = designs.nextRound(id, access.audience(request), caller == null ? "anonymous" : caller.describe(),
                caller == null ? null : caller.userId(), admin(caller));
        return "redirect:/designs/" + id + "?round=" + design.latest().round();
    }

    private String shown(Design design, Integer asked, Model page, HttpServletRequest request) {
        int round = asked == null || asked < 1 || asked > design.rounds().size() ? design.rounds().size() : asked;
        Design.Round r = design.rounds().get(round - 1);
        DesignView view = new DesignView(r.outcome());
        page.addAttribute("design", design);
        page.addAttribute("round", r);
        page.addAttribute("targets", view.targets());
        page.addAttribute("variables", view.variableColumns());
        page.addAttribute("rows", view.rows());
        page.addAttribute("warnings", view.warnings());
        page.addAttribute("asked", design.request().targets().stream().map(DesignsPage::target).toList());
        page.addAttribute("pareto", json.write(view.pareto()));
        Map<String, Object> history = DesignView.history(design);
        page.addAttribute("history", json.write(history));
        @SuppressWarnings("unchecked")
        List<double[]> points = (List<double[]>) history.get("points");
        page.addAttribute("historyRows", points.stream().map(p -> new String[] {String.valueOf((int) p[2]), String.valueOf((int) p[0]),
                DesignUnit.format(p[1])}).toList());
        page.addAttribute("historyLabel", history.get("y"));
        page.addAttribute("created", json.when(r.createdAt()));
        page.addAttribute("strategy", r.outcome().strategy().json());
        page.addAttribute("acquisition", r.outcome().acquisition().json());
        page.addAttribute("datasets", datasets.writable(Caller.of(request).orElse(null)));
        page.addAttribute("unsaved", r.outcome().candidates().stream().anyMatch(c -> c.spec() == null));
        Caller caller = Caller.of(request).orElse(null);
        page.addAttribute("mayAct", admin(caller) || Objects.equals(design.owner(), caller == null ? null : caller.userId()));
        return "design";
    }

    /** Administrators may act on any design they see; others on their own (DesignService checks it again). */
    private static boolean admin(Caller caller) {
        return caller != null && caller.has(Scope.ADMIN);
    }

    private Optional<Design> find(String id, Audience audience) {
        try {
            return designs.find(UUID.fromString(id), audience);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
