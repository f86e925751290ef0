package org.matbank.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.matbank.access.Audience;
import org.matbank.access.Caller;
import org.matbank.access.Dataset;
import org.matbank.access.DatasetAccess;
import org.matbank.record.History;
import org.matbank.record.RecordObject;
import org.matbank.record.RecordService;
import org.matbank.record.RecordViews;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Link;
import org.matbank.template.TemplateService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The material page: one object of the bank (a material, or any object of a history: a process,
 * an ingredient, a measurement) with its history, values, curves, files, provenance and dataset.
 * It reads exactly as the API does ({@code GET /api/records/{id}/history}): through the caller's
 * audience, with hidden objects left out, a hidden or unknown id answered with a 404 page, and a
 * view of protected core data written to the audit log. htmx asks for the value tables only
 * ({@code HX-Request}) when a unit is switched; without script the whole page comes back.
 */
@Controller
class MaterialPage {


    /** A curve with its points as JSON for the chart. */
    record Chart(ValueRows.Plot plot, String series) {
    }

    private final RecordService records;
    private final TemplateService templates;
    private final DatasetAccess access;
    private final RecordViews views;
    private final WebJson json;

    MaterialPage(RecordService records, TemplateService templates, DatasetAccess access, RecordViews views, WebJson json) {
        this.records = records;
        this.templates = templates;
        this.access = access;
        this.views = views;
        this.json = json;
    }

    @GetMapping("/materials/{id}")
    String material(@PathVariable String id, @RequestParam Map<String, String> params,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Audience audience = access.audience(request);
        Optional<UUID> found = visible(id, audience, request);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("missing", id);
            return "material-missing";
        }
        History history = records.history(found.get(), audience);
        Map<String, String> units = Display.chosenUnits(params);
        TemplateLabels labels = new TemplateLabels(templates, (String) model.getAttribute("lang"));
        RecordObject root = history.nodes().stream().filter(o -> o.id().equals(found.get())).findFirst().orElseThrow();
        MaterialSheet sheet = new MaterialSheet(history, spec(root, audience), units, labels);
        model.addAttribute("object", sheet.object);
        model.addAttribute("spec", sheet.spec);
        model.addAttribute("template", sheet.template);
        model.addAttribute("fields", sheet.fields);
        model.addAttribute("uids", new TreeMap<>(sheet.object.uids()));
        model.addAttribute("properties", sheet.properties);
        model.addAttribute("settings", sheet.settings);
        model.addAttribute("origins", sheet.origins);
        model.addAttribute("plots", sheet.values.plots().stream().map(p -> new Chart(p, json.write(p.points()))).toList());
        model.addAttribute("attachments", sheet.values.attachments());
        model.addAttribute("composition", sheet.composition.orElse(null));
        sheet.composition.ifPresent(c -> model.addAttribute("compositionJson", json.write(c.rows())));
        model.addAttribute("graphNodes", sheet.graph.nodes());
        model.addAttribute("graphJson", json.write(Map.of("nodes", sheet.graph.nodes(), "links", sheet.graph.links(),
                "layer_width", HistoryGraph.LAYER_WIDTH)));
        model.addAttribute("graphWidth", sheet.graph.width());
        model.addAttribute("graphHeight", sheet.graph.height());
        model.addAttribute("versions", versions(root));
        dataset(root.id(), request, model);
        model.addAttribute("stored", json.when(root.createdAt()));
        model.addAttribute("changed", json.when(root.updatedAt()));
        return htmx != null ? "material :: values" : "material";
    }

    /** The id, if it names an object the audience may see; a view of protected data is audited (RecordViews, as in the API). */
    private Optional<UUID> visible(String text, Audience audience, HttpServletRequest request) {
        UUID id;
        try {
            id = UUID.fromString(text);
            records.get(id);
        } catch (IllegalArgumentException | InvalidInputException unknown) {
            return Optional.empty();
        }
        try {
            views.require(id, audience, request);
        } catch (InvalidInputException hidden) {
            return Optional.empty();
        }
        return Optional.of(id);
    }

    /** The spec a run realises, when it resolves and the audience may see it. */
    private RecordObject spec(RecordObject run, Audience audience) {
        Link link = run.spec();
        if (link == null) {
            return null;
        }
        Optional<RecordObject> spec = link.isPlatform()
                ? Optional.ofNullable(link.platformId()).flatMap(id -> records.getAll(List.of(id)).stream().findFirst())
                : records.findByUid(link.scope(), link.id());
        return spec.filter(s -> audience.sees(records.datasets(List.of(s.id())).get(s.id())))
                .map(s -> records.seenBy(List.of(s), audience).get(0)).orElse(null);
    }

    private List<MaterialSheet.Version> versions(RecordObject object) {
        return records.versions(object.id()).stream().map(v -> new MaterialSheet.Version(v.version(), json.when(v.updatedAt()),
                "/api/records/" + object.id() + "/versions/" + v.version(), v.version().equals(object.version())))
                .toList();
    }

    /** The dataset the object belongs to; its name and state only when the reader may see them. */
    private void dataset(UUID id, HttpServletRequest request, Model model) {
        UUID dataset = records.datasets(List.of(id)).get(id);
        model.addAttribute("datasetId", dataset);
        if (dataset != null) {
            try {
                Dataset d = access.visible(Caller.of(request).orElse(null), dataset);
                model.addAttribute("dataset", d);
                model.addAttribute("datasetState", d.stateOn(LocalDate.now()).text());
            } catch (InvalidInputException hidden) {
                model.addAttribute("dataset", null);
            }
        }
    }
}
