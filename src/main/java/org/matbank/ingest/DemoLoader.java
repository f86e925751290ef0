package org.matbank.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matbank.record.RecordObject;
import org.matbank.record.RecordService;
import org.matbank.shared.Link;
import org.matbank.shared.ValidationLevel;
import org.matbank.template.Template;
import org.matbank.template.TemplateService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo data set shipped in {@code demo/}: the NIMS fatigue templates and one full
 * history per steel. Loading is idempotent: templates and steels already present (by external
 * id) are skipped, so {@code serve --demo} can be given on every start.
 */
@Component
public class DemoLoader {

    private static final String TEMPLATES = "demo/nims-templates.json";
    private static final String TABLE = "demo/nims_fatigue_agrawal2014.csv";

    private final TemplateService templates;
    private final RecordService records;
    private final JsonMapper json;

    DemoLoader(TemplateService templates, RecordService records, JsonMapper json) {
        this.templates = templates;
        this.records = records;
        this.json = json;
    }

    /** Loads what is missing; returns the number of objects (templates and records) created. */
    public int loadIfAbsent() {
        int created = 0;
        for (Template template : readTemplates()) {
            String scope = template.uids().keySet().iterator().next();
            if (templates.resolve(new Link(scope, template.uids().get(scope)), null).isEmpty()) {
                templates.create(template);
                created++;
            }
        }
        List<RecordObject> raw = new ArrayList<>();
        for (String element : rawElements()) {
            if (records.findByUid(NimsSteel.SCOPE, "raw-" + element).isEmpty()) {
                raw.add(NimsSteel.rawElement(element));
            }
        }
        if (!raw.isEmpty()) {
            created += records.create(raw, ValidationLevel.FAIL).objects().size();
        }
        for (Map<String, Double> row : readTable()) {
            String steel = "steel-" + row.get("Sl. No.").intValue();
            if (records.findByUid(NimsSteel.SCOPE, steel + "/fatigue").isEmpty()) {
                created += records.create(NimsSteel.history(row), ValidationLevel.FAIL).objects().size();
            }
        }
        return created;
    }

    private static List<String> rawElements() {
        List<String> elements = new ArrayList<>(NimsSteel.ELEMENTS);
        elements.add("Fe");
        return elements;
    }

    private List<Template> readTemplates() {
        try (InputStream in = new ClassPathResource(TEMPLATES).getInputStream()) {
            return json.readValue(in, new TypeReference<List<Template>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table as rows of column -> number; every cell of the NIMS table is numeric. */
    static List<Map<String, Double>> readTable() {
        try (InputStream in = new ClassPathResource(TABLE).getInputStream();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = reader.readLine().split(",");
            List<Map<String, Double>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                Map<String, Double> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].trim(), Double.parseDouble(cells[i].trim()));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
