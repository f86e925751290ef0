package org.matbank.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.template.TemplatePacks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The templates pages: the standard packs (loadable into the bank, as {@code POST
 * /api/template-packs/{name}/load} does) and the bank's templates by kind; one template version
 * with its bounds or slots, and the Excel workbook for its set ({@code GET /api/workbooks}).
 * Templates are open to every reader, as in the API.
 */
@Controller
class TemplatesPage {

    private final TemplateCatalog catalog;
    private final TemplateDetail detail;
    private final TemplatePacks packs;
    private final PageWrites writes;
    private final WebJson json;

    TemplatesPage(TemplateCatalog catalog, TemplateDetail detail, TemplatePacks packs, PageWrites writes, WebJson json) {
        this.json = json;
        this.catalog = catalog;
        this.detail = detail;
        this.packs = packs;
        this.writes = writes;
    }

    @GetMapping("/templates")
    String list(Model model) {
        model.addAttribute("packs", catalog.packs());
        model.addAttribute("bank", catalog.bank());
        return "templates";
    }

    @GetMapping("/templates/{id}")
    String one(@PathVariable String id, @RequestParam(required = false) String version, Model model,
            HttpServletResponse response) {
        try {
            Integer asked = version == null || version.isBlank() ? null : Integer.valueOf(version.strip());
            TemplateDetail.Detail shown = detail.of(UUID.fromString(id), asked);
            model.addAttribute("detail", shown);
            model.addAttribute("created", json.when(shown.template().createdAt()));
        } catch (IllegalArgumentException | InvalidInputException missing) {
            // an id that is no UUID, a version that is no number, a template or version that does not exist
            response.setStatus(404);
            model.addAttribute("missing", true);
        }
        return "template";
    }

    /** Loads a pack (and those it requires), written only where the API would let this caller write. */
    @PostMapping("/templates/packs/{name}/load")
    String load(@PathVariable String name, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes next) {
        Optional<String> refusal = writes.refusal(request);
        if (refusal.isPresent()) {
            response.setStatus("signIn".equals(refusal.get()) ? 401 : 403);
            model.addAttribute("refusal", "templates.write." + refusal.get());
            return list(model);
        }
        try {
            next.addFlashAttribute("loadedPack", packs.load(name));
        } catch (InvalidInputException refused) {
            if (refused.problem() != Problem.NOT_FOUND) {
                throw refused;
            }
            response.setStatus(404);
            model.addAttribute("problems", refused.violations());
            return list(model);
        }
        return "redirect:/templates#packs";
    }
}
