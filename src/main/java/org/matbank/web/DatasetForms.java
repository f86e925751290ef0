package org.matbank.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.matbank.access.AccessRequests;
import org.matbank.access.Caller;
import org.matbank.access.DatasetRequests;
import org.matbank.access.DatasetService;
import org.matbank.access.Protection;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dataset page's forms: state (with the embargo day), members, protection rules, access
 * requests. Each calls the same service as the API, so the same roles and
 * checks apply and a refused change writes nothing; a refusal shows the dataset page again with
 * the violations beside the form, a change done goes back to the page (post, redirect, get).
 */
@Controller
class DatasetForms {

    /** The changes a page confirms after the redirect. */
    static final Set<String> DONE = Set.of("created", "state", "member", "removed", "protection", "lifted", "asked", "decided");

    private final DatasetService datasets;
    private final AccessRequests requests;
    private final DatasetView view;

    DatasetForms(DatasetService datasets, AccessRequests requests, DatasetView view) {
        this.datasets = datasets;
        this.requests = requests;
        this.view = view;
    }

    @PostMapping("/datasets/{id}/state")
    String state(@PathVariable String id, @RequestParam Map<String, String> form, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        return change(id, "state", form, model, request, response, () -> datasets.changeState(caller(request), uuid(id),
                new DatasetRequests.StateChange(form.get("state"), date(form.get("embargo_until")), form.get("reason"))));
    }

    @PostMapping("/datasets/{id}/members")
    String member(@PathVariable String id, @RequestParam Map<String, String> form, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        return change(id, "member", form, model, request, response, () -> datasets.putMember(caller(request), uuid(id),
                new DatasetRequests.Member(null, form.get("login"), form.get("role"))));
    }

    @PostMapping("/datasets/{id}/members/{user}/remove")
    String remove(@PathVariable String id, @PathVariable String user, @RequestParam Map<String, String> form, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        return change(id, "removed", form, model, request, response, () -> datasets.removeMember(caller(request), uuid(id),
                uuid(user)));
    }

    @PostMapping("/datasets/{id}/protection")
    String protect(@PathVariable String id, @RequestParam Map<String, String> form, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        return change(id, "protection", form, model, request, response, () -> datasets.protect(caller(request), uuid(id),
                new Protection(list(form.get("countries"), "[,\\s]+"), form.containsKey("verified_organisations"),
                        list(form.get("networks"), "[,\\s]+"), quota(form.get("records_per_day")), form.containsKey("secure_zone"))));
    }

    @PostMapping("/datasets/{id}/protection/lift")
    String lift(@PathVariable String id, @RequestParam Map<String, String> form, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        return change(id, "lifted", form, model, request, response, () -> datasets.protect(caller(request), uuid(id), null));
    }

    @PostMapping("/datasets/{id}/access-requests")
    String ask(@PathVariable String id, @RequestParam Map<String, String> form, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        return change(id, "asked", form, model, request, response, () -> requests.ask(caller(request), uuid(id),
                blankToNull(form.get("message"))));
    }

    @PostMapping("/datasets/{id}/access-requests/{ask}")
    String decide(@PathVariable String id, @PathVariable String ask, @RequestParam Map<String, String> form, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        return change(id, "decided", form, model, request, response, () -> requests.decide(caller(request), uuid(id), uuid(ask),
                new DatasetRequests.Decision("true".equals(form.get("approve")), blankToNull(form.get("reason")))));
    }

    /** Makes the change; on a refusal shows the page again with the violations (or 404 for a dataset not seen). */
    private String change(String id, String done, Map<String, String> form, Model model, HttpServletRequest request,
            HttpServletResponse response, Supplier<Object> change) {
        try {
            change.get();
            return "redirect:/datasets/" + id + "?done=" + done;
        } catch (InvalidInputException refused) {
            boolean shown = !DatasetView.hidden(refused) && view.fill(id, model, request, form).isPresent();
            if (!shown) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                model.addAttribute("missingId", id);
                return "dataset-missing";
            }
            // the page itself answers 200: it is the form shown again with what to fix (a 4xx would
            // count as a failed page load in the browser)
            model.addAttribute("problems", refused.violations());
            model.addAttribute("failed", done);
            return "dataset";
        }
    }

    private static Caller caller(HttpServletRequest request) {
        return Caller.of(request).orElse(null);
    }

    private static UUID uuid(String id) {
        return DatasetView.parse(id).orElseThrow(() -> new InvalidInputException(Problem.NOT_FOUND,
                new Violation("id", "dataset.unknown", id, "no dataset with this id (or not one you may see)")));
    }

    /** A date field: empty is no date (the service says a day is needed); anything else must read as one. */
    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Problem.MALFORMED, new Violation("embargo_until", "parameter.type", text,
                    "'" + text + "' is not a day in the form YYYY-MM-DD"));
        }
    }

    private static Long quota(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Problem.MALFORMED, new Violation("records_per_day", "parameter.type", text,
                    "'" + text + "' is not a whole number of records"));
        }
    }

    private static List<String> list(String text, String separator) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.strip().split(separator)).filter(s -> !s.isEmpty()).toList();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
