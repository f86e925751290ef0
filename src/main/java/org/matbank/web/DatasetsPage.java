package org.matbank.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.matbank.access.Audience;
import org.matbank.access.Caller;
import org.matbank.access.Dataset;
import org.matbank.access.DatasetAccess;
import org.matbank.access.DatasetRequests;
import org.matbank.access.DatasetRole;
import org.matbank.access.DatasetService;
import org.matbank.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dataset pages: the list of datasets the caller may see (public, embargoed and withdrawn
 * ones, and the caller's own) with a form for a new one, and one dataset with its state, members, protection, releases and
 * credit. A dataset the caller may not see answers 404, as the API does.
 */
@Controller
class DatasetsPage {

    private final DatasetService datasets;
    private final DatasetAccess access;
    private final DatasetView view;

    /** A dataset as the list shows it; {@code records} is null where the API hides the count. */
    record Row(UUID id, String name, String description, String state, LocalDate embargoUntil, Long records, String role) {
    }

    DatasetsPage(DatasetService datasets, DatasetAccess access, DatasetView view) {
        this.datasets = datasets;
        this.access = access;
        this.view = view;
    }

    @GetMapping("/datasets")
    String list(Model model, HttpServletRequest request) {
        model.addAttribute("sent", Map.of());
        return listed(model, request);
    }

    /** A new dataset (a draft the caller owns), through the API's service; a refusal is shown above the form. */
    @PostMapping("/datasets")
    String create(@RequestParam Map<String, String> form, Model model, HttpServletRequest request) {
        try {
            Dataset created = datasets.create(Caller.of(request).orElse(null), new DatasetRequests.NewDataset(form.get("name"),
                    DatasetForms.blankToNull(form.get("description")), null));
            return "redirect:/datasets/" + created.id() + "?done=created";
        } catch (InvalidInputException refused) {
            // the page itself answers 200: it is the form shown again with what to fix (a 4xx would
            // count as a failed page load in the browser)
            model.addAttribute("problems", refused.violations());
            model.addAttribute("sent", form);
            return listed(model, request);
        }
    }

    private String listed(Model model, HttpServletRequest request) {
        Caller caller = Caller.of(request).orElse(null);
        Audience audience = access.audience(request);
        LocalDate today = LocalDate.now();
        model.addAttribute("datasets", datasets.list(caller).stream().map(d -> new Row(d.id(), d.name(), d.description(),
                d.stateOn(today).text(), d.embargoUntil(), audience.sees(d.id()) || d.state().metadataPublic()
                        ? datasets.records(d.id()) : null, access.role(caller, d.id()).map(DatasetRole::text).orElse(null)))
                .toList());
        model.addAttribute("mayCreate", caller != null && caller.userId() != null);
        return "datasets";
    }

    /** {@code done} names the change just made, for the note that confirms it. */
    @GetMapping("/datasets/{id}")
    String dataset(@PathVariable String id, @RequestParam(required = false) String done, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (view.fill(id, model, request, Map.of()).isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "dataset-missing";
        }
        if (done != null && DatasetForms.DONE.contains(done)) {
            model.addAttribute("done", done);
        }
        return "dataset";
    }
}
