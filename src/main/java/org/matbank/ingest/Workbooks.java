package org.matbank.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.matbank.template.AttributeSlot;
import org.matbank.template.Template;
import org.matbank.template.TemplateService;
import org.springframework.stereotype.Component;

/**
 * Excel workbooks per template set: {@link #generate} makes the data-entry workbook for chosen
 * material, process and measurement templates; {@link #read} turns a filled one into a stream
 * of material histories for an import.
 */
@Component
public class Workbooks {

    private final TemplateService templates;

    Workbooks(TemplateService templates) {
        this.templates = templates;
    }

    /** The .xlsx for the latest versions of the given object templates. */
    public byte[] generate(List<UUID> objectTemplateIds) {
        return WorkbookGenerator.generate(plan(objectTemplateIds));
    }

    /**
     * Reads a filled workbook. External ids are given in {@code scope} (a file name or a dataset
     * scope), so reading the same workbook again names the same records.
     */
    public HistorySource read(InputStream in, String scope) {
        if (scope == null || scope.isBlank()) {
            throw new InvalidInputException(Problem.MALFORMED, new Violation("scope", "scope.missing", scope,
                    "a workbook is read within a scope for its external ids, e.g. the file name"));
        }
        try {
            return new WorkbookSource(new XSSFWorkbook(in), scope);
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is not a workbook with assorted runtime exceptions
            throw new InvalidInputException(Problem.MALFORMED, new Violation("file", "workbook.unreadable", null,
                    "the file is not an .xlsx workbook: " + e.getMessage()));
        }
    }

    /** The templates' names, for the download's file name. */
    String fileName(List<UUID> objectTemplateIds) {
        List<String> names = objectTemplateIds.stream().map(id -> templates.get(id).name()).toList();
        String slug = String.join("-", names).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return "matbank-" + (slug.length() > 80 ? slug.substring(0, 80) : slug) + ".xlsx";
    }

    WorkbookPlan plan(List<UUID> objectTemplateIds) {
        List<Violation> violations = new ArrayList<>();
        List<Template> chosen = new ArrayList<>();
        if (objectTemplateIds == null || objectTemplateIds.isEmpty()) {
            violations.add(new Violation("template", "template.missing", null, "choose at least one object template"));
        }
        for (int i = 0; objectTemplateIds != null && i < objectTemplateIds.size(); i++) {
            Template t = templates.get(objectTemplateIds.get(i));
            if (t.type().isAttribute()) {
                violations.add(new Violation("template[" + i + "]", "template.kind.mismatch", t.name(),
                        "a workbook is made for material, process and measurement templates, not a " + t.type().json()));
            } else if (chosen.stream().noneMatch(c -> c.id().equals(t.id()))) {
                chosen.add(t);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, violations);
        }
        return WorkbookPlan.of(chosen, this::attribute);
    }

    private Template attribute(AttributeSlot slot) {
        return templates.resolve(slot.template(), slot.templateVersion()).orElseThrow(() -> new InvalidInputException(
                Problem.INVALID, new Violation("template", "template.unknown", String.valueOf(slot.template()),
                        "an object template lists an attribute template that is not stored")));
    }
}
