package org.matbank.ingest;

import java.io.OutputStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.matbank.record.FileStore;
import org.matbank.record.ObjectKind;
import org.matbank.access.Audience;
import org.matbank.record.RecordObject;
import org.matbank.record.RecordService;
import org.matbank.record.StoredFile;
import org.matbank.template.Template;
import org.matbank.template.TemplateService;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * MatBank JSON: the lossless export of the whole bank (every template version, every attached
 * file, every current record with its platform id), streamed so that its size does not
 * matter. Objects are written kind by kind in an order where every reference points to an object
 * written earlier, so an import can write them in batches as it reads.
 */
@Component
public class MatBankJson {

    static final String FORMAT = "matbank-json";
    static final int VERSION = 1;
    /** Specs before runs; processes before the materials they make; materials before the ingredients and measurements that use them. */
    static final List<ObjectKind> ORDER = List.of(ObjectKind.PROCESS_SPEC, ObjectKind.MATERIAL_SPEC,
            ObjectKind.INGREDIENT_SPEC, ObjectKind.MEASUREMENT_SPEC, ObjectKind.PROCESS_RUN, ObjectKind.MATERIAL_RUN,
            ObjectKind.INGREDIENT_RUN, ObjectKind.MEASUREMENT_RUN);
    private static final int PAGE = 1000;

    private final TemplateService templates;
    private final RecordService records;
    private final FileStore files;
    private final JsonMapper json;

    MatBankJson(TemplateService templates, RecordService records, FileStore files, JsonMapper json) {
        this.templates = templates;
        this.records = records;
        this.files = files;
        this.json = json;
    }

    /**
     * An export of chosen objects with their whole histories, in this same format: the versions of
     * the templates they use, the files their values attach, and the objects in an order where
     * every reference points to an object written earlier. It imports like a whole-bank export.
     * The fingerprint (null: none) goes in {@value HistoryExport#FINGERPRINT_FIELD}.
     */
    public HistoryExport histories(OutputStream out, String fingerprint, Audience audience) {
        return new SpooledHistoryExport(new HistoryCollector(templates, records, audience), out) {
            @Override
            byte[] serialise(RecordObject object) {
                return json.writeValueAsBytes(object);
            }

            @Override
            void writeDocument(OutputStream target) {
                try (JsonGenerator g = json.createGenerator(target)) {
                    writeHead(g, fingerprint);
                    g.writeName("templates");
                    g.writeStartArray();
                    List<UUID> used = collector.templates().values().stream()
                            .sorted(Comparator.comparing((Template t) -> t.type().isAttribute() ? 0 : 1))
                            .map(Template::id).distinct().toList();
                    for (UUID id : used) {
                        for (Template t : templates.versions(id)) {
                            json.writeValue(g, t);
                        }
                    }
                    g.writeEndArray();
                    g.writeName("files");
                    g.writeStartArray();
                    for (String sha256 : collector.files()) {
                        files.describe(sha256).ifPresent(file -> writeFile(g, file));
                    }
                    g.writeEndArray();
                    g.writeName("objects");
                    g.writeStartArray();
                    copyObjects(g, target);
                    g.writeEndArray();
                    g.writeEndObject();
                }
            }
        };
    }

    /**
     * Writes the export, carrying the fingerprint (null: none) in {@value HistoryExport#FINGERPRINT_FIELD};
     * returns the number of objects written.
     */
    public long export(OutputStream out, String fingerprint) {
        long count = 0;
        try (JsonGenerator g = json.createGenerator(out)) {
            writeHead(g, fingerprint);
            g.writeName("templates");
            g.writeStartArray();
            for (Template t : templates.allVersions()) {
                json.writeValue(g, t);
            }
            g.writeEndArray();
            g.writeName("files");
            g.writeStartArray();
            for (StoredFile file : files.list()) {
                writeFile(g, file);
            }
            g.writeEndArray();
            g.writeName("objects");
            g.writeStartArray();
            for (ObjectKind kind : ORDER) {
                UUID after = null;
                for (List<RecordObject> page = records.list(kind, null, PAGE); !page.isEmpty();
                        page = records.list(kind, after, PAGE)) {
                    for (RecordObject o : page) {
                        json.writeValue(g, o);
                        count++;
                    }
                    after = page.get(page.size() - 1).id();
                    if (page.size() < PAGE) {
                        break;
                    }
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return count;
    }

    /** Opens the document: format and version first (importers sniff them), then the fingerprint, near the start. */
    private static void writeHead(JsonGenerator g, String fingerprint) {
        g.writeStartObject();
        g.writeStringProperty("format", FORMAT);
        g.writeNumberProperty("version", VERSION);
        if (fingerprint != null) {
            g.writeStringProperty(HistoryExport.FINGERPRINT_FIELD, fingerprint);
        }
        g.writeStringProperty("exported_at", Instant.now().toString());
    }

    private void writeFile(JsonGenerator g, StoredFile file) {
        g.writeStartObject();
        g.writeStringProperty("sha256", file.sha256());
        g.writeStringProperty("filename", file.filename());
        g.writeStringProperty("media_type", file.mediaType());
        g.writeBinaryProperty("content", files.content(file.sha256()).orElseThrow());
        g.writeEndObject();
    }
}
