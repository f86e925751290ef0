package org.matbank.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.matbank.access.Caller;
import org.matbank.access.DatasetAccess;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Data entry: pick a material template (and process steps and a measurement), fill the form made
 * from them, see the API's verdict as you type ({@code POST /entry/check}, sent by htmx, answers
 * the messages next to their fields), and save: the history is written through the same service
 * and rules as {@code POST /api/records/batch}, for the same callers, and the page moves on to
 * the new material. Refused input writes nothing and comes back with the values kept. The
 * material goes into the dataset picked in the form (as {@code ?dataset=} of the API, with the
 * API's check of the caller's role), or into none, visible to everyone.
 */
@Controller
class EntryPage {

    private static final int MIN_STEP_CHOICES = 3;
    /** What the amounts of a composition count (NominalComposition's basis). */
    private static final List<String> BASES = List.of("mass", "atomic", "volume", "molar");
    /** The sample types a material run may name (record.RecordShape). */
    private static final List<String> SAMPLE_TYPES = List.of("experimental", "virtual", "production", "unknown");
    /** Units of an ingredient's mass fraction: percent, or a plain fraction between 0 and 1. */
    private static final List<String> FRACTION_UNITS = List.of("%", "dimensionless");
    /** The form key (and the API's violation path) of the dataset select. */
    private static final String DATASET = "dataset";

    private final EntryLayouts layouts;
    private final EntryChoices choices;
    private final EntryCheck check;
    private final EntryDatasets datasets;
    private final DatasetAccess access;
    private final PageWrites writes;
    private final MessageSource messages;

    EntryPage(EntryLayouts layouts, EntryChoices choices, EntryCheck check, EntryDatasets datasets, DatasetAccess access,
            PageWrites writes, MessageSource messages) {
        this.layouts = layouts;
        this.choices = choices;
        this.check = check;
        this.datasets = datasets;
        this.access = access;
        this.writes = writes;
        this.messages = messages;
    }

    @GetMapping("/entry")
    String entry(@RequestParam(required = false) String material, @RequestParam(name = "step", required = false) List<String> step,
            @RequestParam(required = false) String measurement, Model model, HttpServletRequest request, HttpServletResponse response) {
        // a material alone (say, from its template page): its pack's process chain is the first guess of the steps
        List<String> steps = step == null && measurement == null ? choices.chain(material) : step;
        // a blank material is no choice (the pick form's first option), not an unknown template
        if (frame(new EntryLayouts.Picked(material, steps, measurement), model, request).isEmpty() && material != null
                && !material.isBlank()) {
            response.setStatus(404);
        }
        return "entry";
    }

    /** The verdict on the form as it stands: the summary, and the messages of every field (htmx out-of-band). */
    @PostMapping("/entry/check")
    String check(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletRequest request) {
        Optional<EntryLayout> layout = frame(picked(form), model, request);
        if (layout.isEmpty() || model.getAttribute("refusal") != null) {
            return "entry-fields :: check";
        }
        EntryHistory.Built built = EntryHistory.build(layout.get(), form.toSingleValueMap());
        show(model, built, verdict(built, form.getFirst("dataset"), request));
        return "entry-fields :: check";
    }

    @PostMapping("/entry")
    String create(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Optional<EntryLayout> layout = frame(picked(form), model, request);
        model.addAttribute("values", form.toSingleValueMap());
        model.addAttribute("dataset", form.getFirst("dataset") == null ? "" : form.getFirst("dataset"));
        if (layout.isEmpty()) {
            response.setStatus(422);
            return "entry";
        }
        Optional<String> refusal = writes.refusal(request);
        if (refusal.isPresent()) {
            response.setStatus("signIn".equals(refusal.get()) ? 401 : 403);
            return "entry";
        }
        EntryHistory.Built built = EntryHistory.build(layout.get(), form.toSingleValueMap());
        if (!built.formProblems().isEmpty()) {
            // what cannot be read is not sent; the rest is checked, so that every problem shows at once
            show(model, built, verdict(built, form.getFirst("dataset"), request));
            response.setStatus(422);
            return "entry";
        }
        try {
            UUID dataset = datasets.require(Caller.of(request).orElse(null), form.getFirst("dataset"));
            check.create(built.objects(), dataset, access.audience(request));
        } catch (InvalidInputException refused) {
            show(model, built, refused.violations());
            response.setStatus(refused.problem().status());
            return "entry";
        }
        return "redirect:/materials/" + built.material();
    }

    /** What every state of the page needs; the layout of the picked templates, if any and if they exist. */
    private Optional<EntryLayout> frame(EntryLayouts.Picked picked, Model model, HttpServletRequest request) {
        model.addAttribute("choices", choices.choices(picked.material()));
        model.addAttribute("picked", picked);
        // one free step select more than picked, so a step can be added without script
        model.addAttribute("stepChoices", IntStream.range(0, Math.max(MIN_STEP_CHOICES, picked.steps().size() + 1)).boxed().toList());
        model.addAttribute("values", Map.of());
        model.addAttribute("bases", BASES);
        model.addAttribute("sampleTypes", SAMPLE_TYPES);
        model.addAttribute("fractionUnits", FRACTION_UNITS);
        model.addAttribute("problems", EntryProblems.NONE);
        model.addAttribute("checked", false);
        List<EntryDatasets.Choice> writable = datasets.writable(Caller.of(request).orElse(null));
        model.addAttribute("datasets", writable);
        model.addAttribute("dataset", EntryDatasets.first(writable));
        writes.refusal(request).ifPresent(r -> model.addAttribute("refusal", "entry.write." + r));
        try {
            Optional<EntryLayout> layout = layouts.layout(picked);
            layout.ifPresent(l -> {
                model.addAttribute("layout", l);
                List<String> keys = new ArrayList<>(l.problemKeys());
                keys.add(DATASET);
                model.addAttribute("keys", keys);
            });
            return layout;
        } catch (IllegalArgumentException unknown) {
            model.addAttribute("pickProblem", true);
            return Optional.empty();
        }
    }

    /** The API's verdict on the built objects in the posted dataset: a refused dataset, and the records' own problems. */
    private List<Violation> verdict(EntryHistory.Built built, String datasetText, HttpServletRequest request) {
        List<Violation> violations = new ArrayList<>();
        UUID dataset = null;
        try {
            dataset = datasets.require(Caller.of(request).orElse(null), datasetText);
        } catch (InvalidInputException refused) {
            violations.addAll(refused.violations());
        }
        violations.addAll(check.check(built.objects(), dataset, access.audience(request)));
        return violations;
    }

    private void show(Model model, EntryHistory.Built built, List<Violation> violations) {
        // the dataset's refusals (path "dataset") are shown at the dataset select
        Map<String, String> paths = new LinkedHashMap<>(built.paths());
        paths.put(DATASET, DATASET);
        model.addAttribute("problems", EntryProblems.sort(violations, paths, localized(built.formProblems())));
        model.addAttribute("checked", true);
    }

    /** The form's own problems said in the page language ({@code entry.problem.<rule>}). */
    private Map<String, List<Violation>> localized(Map<String, List<Violation>> problems) {
        Map<String, List<Violation>> said = new LinkedHashMap<>();
        problems.forEach((key, list) -> {
            List<Violation> out = new ArrayList<>();
            list.forEach(v -> out.add(new Violation(v.path(), v.rule(), v.value(), messages.getMessage(
                    "entry.problem." + v.rule().substring(v.rule().indexOf('.') + 1), new Object[] {v.value()},
                    LocaleContextHolder.getLocale()))));
            said.put(key, out);
        });
        return said;
    }

    private static EntryLayouts.Picked picked(MultiValueMap<String, String> form) {
        return new EntryLayouts.Picked(form.getFirst("material"), form.get("step"), form.getFirst("measurement"));
    }
}
