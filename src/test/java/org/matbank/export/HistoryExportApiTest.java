package org.matbank.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matbank.HttpApiTest;
import org.matbank.MatBankApplication;
import org.matbank.ingest.ImportJob;
import org.matbank.ingest.ImportService;
import org.matbank.ingest.ImportSettings;
import org.matbank.record.FileStore;
import org.matbank.record.RecordService;
import org.matbank.shared.Sha256;
import org.matbank.shared.ValidationLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Chosen materials leave MatBank with their whole histories (the process that made them, its
 * ingredients, the raw materials, the measurements, the templates and attached files they use)
 * as MatBank JSON or GEMD JSON, and import back: MatBank JSON into another MatBank, GEMD through
 * the GEMD import. Nothing outside the chosen histories goes along.
 */
class HistoryExportApiTest extends HttpApiTest {

    @Autowired
    ExportService exports;

    @TempDir
    Path folder;

    private String s;
    private String template;
    private String unusedTemplate;
    private String spectrumSha;
    private final Map<String, String> ids = new HashMap<>();

    /** Fe powder -> (ingredient) -> sintering -> pellet, a tensile test of the pellet; and an unrelated material. */
    @BeforeEach
    void history() {
        s = unique();
        template = propertyTemplate("tensile strength " + s, """
                {"type":"real_bounds","lower_bound":0,"upper_bound":5000,"default_units":"MPa"}""");
        unusedTemplate = propertyTemplate("unused " + s, """
                {"type":"real_bounds","lower_bound":0,"upper_bound":1,"default_units":""}""");
        Answer uploaded = upload("xrd-" + s + ".csv", "text/csv", ("2theta,counts\n44.7,1200\n" + s).getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(201);
        spectrumSha = uploaded.body().path("sha256").asString();
        Answer created = post("/api/records/batch", """
                {"objects":[
                  {"type":"material_run","name":"Fe powder %1$s","uids":{"h-%1$s":"fe"},"author":"김민지"},
                  {"type":"process_run","name":"sintering %1$s","uids":{"h-%1$s":"sinter"},"equipment":"hot press",
                   "parameters":[{"name":"temperature","value":{"type":"nominal_real","nominal":1200,"units":"°C"}}]},
                  {"type":"ingredient_run","name":"iron","uids":{"h-%1$s":"i-fe"},"process":{"scope":"h-%1$s","id":"sinter"},
                   "material":{"scope":"h-%1$s","id":"fe"},"mass_fraction":{"type":"nominal_real","nominal":1,"units":""}},
                  {"type":"material_run","name":"pellet %1$s","uids":{"h-%1$s":"pellet"},"process":{"scope":"h-%1$s","id":"sinter"}},
                  {"type":"measurement_run","name":"tensile test %1$s","uids":{"h-%1$s":"tensile"},"material":{"scope":"h-%1$s","id":"pellet"},
                   "properties":[{"name":"tensile strength","template":%2$s,"origin":"measured",
                                  "value":{"type":"nominal_real","nominal":510,"units":"MPa"}},
                                 {"name":"XRD pattern","origin":"measured",
                                  "value":{"type":"file","sha256":"%3$s","filename":"xrd.csv","media_type":"text/csv"}}]},
                  {"type":"material_run","name":"unrelated %1$s","uids":{"h-%1$s":"other"}}]}"""
                .formatted(s, link(template), spectrumSha));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        created.body().path("objects").values()
                .forEach(o -> ids.put(o.path("uids").path("h-" + s).asString(), o.path("id").asString()));
    }

    /** The pellet, the Fe powder (already in the pellet's history) and the pellet again. */
    private MaterialIds chosen() {
        return MaterialIds.of(List.of(UUID.fromString(ids.get("pellet")), UUID.fromString(ids.get("fe")),
                UUID.fromString(ids.get("pellet"))));
    }

    private static final Set<String> HISTORY = Set.of("fe", "sinter", "i-fe", "pellet", "tensile");

    @Test
    void matbankJsonOfChosenMaterialsImportsIntoAnotherMatBankWithHistoriesTemplatesAndFiles() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        ExportManifest manifest = exports.matbankJson(ExportRequest.to(new Recipient("test", null, null, null),
                ExportFormat.MATBANK_JSON, new ExportQuery("name:pellet*", null, null)), chosen(), zip);

        Map<String, byte[]> entries = TableExportTest.unzip(zip.toByteArray());
        assertThat(entries.keySet()).containsExactly("records.matbank.json", "manifest.json");
        byte[] file = entries.get("records.matbank.json");
        assertThat(ExportManifest.read(new ByteArrayInputStream(entries.get("manifest.json")))).isEqualTo(manifest);
        assertThat(manifest.files().get(0).sha256()).isEqualTo(Sha256.of(file));
        assertThat(manifest.files().get(0).size()).isEqualTo(file.length);
        assertThat(manifest.recordCount()).as("two materials chosen (one twice)").isEqualTo(2);
        assertThat(manifest.objectCount()).as("each object of the histories once").isEqualTo(HISTORY.size());
        assertThat(manifest.templateVersions()).containsExactly(template + ":1");
        assertThat(manifest.columns()).isEmpty();

        JsonNode document = JSON.readTree(file);
        assertThat(document.path("format").asString()).isEqualTo("matbank-json");
        assertThat(document.path("matbank_export").asString()).as("the fingerprint travels in the file").isEqualTo(manifest.fingerprint());
        assertThat(uidsOf(document.path("objects"))).as("the histories and nothing else").isEqualTo(HISTORY);
        List<String> templateIds = new ArrayList<>();
        document.path("templates").forEach(t -> templateIds.add(t.path("id").asString()));
        assertThat(templateIds).contains(template).doesNotContain(unusedTemplate);
        assertThat(document.path("files")).hasSize(1);
        assertThat(document.path("files").path(0).path("sha256").asString()).isEqualTo(spectrumSha);
        assertThat(referencesPointEarlier(document.path("objects"))).isEqualTo(4);

        Path saved = folder.resolve("records.matbank.json");
        Files.write(saved, file);
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(MatBankApplication.class)
                .web(WebApplicationType.NONE).run("--matbank.data-dir=" + folder.resolve("other"), "--matbank.db.url=")) {
            ImportService imports = other.getBean(ImportService.class);
            ImportJob job = imports.run(saved, null,
                    new ImportSettings("json", "records.matbank.json", null, false, ValidationLevel.FAIL, "test"), p -> { });
            assertThat(job.status()).as("%s", imports.report(job.id()).orElse("")).isEqualTo("succeeded");
            assertThat(job.objectsCreated()).isEqualTo(HISTORY.size());

            RecordService records = other.getBean(RecordService.class);
            UUID pellet = UUID.fromString(ids.get("pellet"));
            assertThat(records.get(pellet).name()).isEqualTo("pellet " + s);
            assertThat(records.history(pellet).nodes()).as("the whole history came along").hasSize(HISTORY.size());
            assertThat(records.get(UUID.fromString(ids.get("fe"))).author()).isEqualTo("김민지");
            assertThat(other.getBean(FileStore.class).content(spectrumSha)).as("the attached file came along").isPresent();
            JdbcClient otherDb = other.getBean(JdbcClient.class);
            assertThat(otherDb.sql("select count(*) from record_object").query(Long.class).single())
                    .as("nothing else came along").isEqualTo(HISTORY.size());
            assertThat(otherDb.sql("select count(*) from template where id = cast(? as uuid)").param(unusedTemplate)
                    .query(Long.class).single()).isZero();
        }
    }

    @Test
    void gemdJsonOfChosenMaterialsImportsBackThroughTheGemdImport() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        ExportManifest manifest = exports.gemdJson(ExportRequest.to(new Recipient("test", null, null, null), ExportFormat.GEMD_JSON,
                ExportQuery.none()), chosen(), zip);

        Map<String, byte[]> entries = TableExportTest.unzip(zip.toByteArray());
        assertThat(entries.keySet()).containsExactly("records.gemd.json", "manifest.json");
        byte[] file = entries.get("records.gemd.json");
        assertThat(manifest.files().get(0).sha256()).isEqualTo(Sha256.of(file));
        assertThat(manifest.recordCount()).isEqualTo(2);
        assertThat(manifest.objectCount()).isEqualTo(HISTORY.size());

        JsonNode document = JSON.readTree(file);
        assertThat(document.path("matbank_export").asString()).isEqualTo(manifest.fingerprint());
        List<JsonNode> objects = new ArrayList<>();
        document.path("context").forEach(e -> {
            if (!e.path("type").asString().endsWith("_template")) {
                objects.add(e);
            }
        });
        assertThat(uidsOf(JSON.valueToTree(objects))).isEqualTo(HISTORY);
        assertThat(document.path("object")).as("links to the chosen materials, each once").hasSize(2);
        assertThat(document.path("object").path(0).path("id").asString()).isEqualTo(ids.get("pellet"));

        // import it back under other external ids (these are taken here)
        String copy = new String(file, StandardCharsets.UTF_8).replace("h-" + s, "g-" + s);
        Answer imported = post("/api/gemd/import", copy);
        assertThat(imported.status()).as("%s", imported).isEqualTo(201);
        assertThat(imported.body().path("objects_created")).hasSize(HISTORY.size());
        String pellet = jdbc.sql("select object_id::text from record_uid where scope = ? and uid = 'pellet'").param("g-" + s)
                .query(String.class).single();
        Answer history = get("/api/records/" + pellet + "/history");
        assertThat(history.body().path("nodes")).as("the copy has the whole history").hasSize(HISTORY.size());
        JsonNode tensile = null;
        for (JsonNode node : history.body().path("nodes")) {
            if (node.path("type").asString().equals("measurement_run")) {
                tensile = node;
            }
        }
        assertThat(tensile).isNotNull();
        assertThat(tensile.path("properties").path(0).path("value").path("nominal").asDouble()).isEqualTo(510);
    }

    @Test
    void manyMaterialsSharingARawMaterialWriteItOnceAcrossPages() throws Exception {
        int n = 150;   // more than a page of ids
        StringBuilder batch = new StringBuilder("{\"objects\":[");
        for (int i = 0; i < n; i++) {
            batch.append("""
                    {"type":"process_run","name":"pressing %2$d","uids":{"m-%1$s":"p%2$d"}},
                    {"type":"ingredient_run","name":"iron","uids":{"m-%1$s":"i%2$d"},"process":{"scope":"m-%1$s","id":"p%2$d"},
                     "material":{"scope":"h-%1$s","id":"fe"},"mass_fraction":{"type":"nominal_real","nominal":1,"units":""}},
                    {"type":"material_run","name":"compact %2$d","uids":{"m-%1$s":"c%2$d"},"process":{"scope":"m-%1$s","id":"p%2$d"}}
                    """.formatted(s, i)).append(i < n - 1 ? "," : "]}");
        }
        Answer created = post("/api/records/batch", batch.toString());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        List<UUID> compacts = new ArrayList<>();
        created.body().path("objects").forEach(o -> {
            if (o.path("type").asString().equals("material_run")) {
                compacts.add(UUID.fromString(o.path("id").asString()));
            }
        });

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        ExportManifest manifest = exports.matbankJson(ExportRequest.unmarked(ExportFormat.MATBANK_JSON, null),
                MaterialIds.of(compacts), zip);

        assertThat(manifest.recordCount()).isEqualTo(n);
        assertThat(manifest.objectCount()).as("each compact, its pressing and ingredient, and the Fe powder once").isEqualTo(3L * n + 1);
        JsonNode objects = JSON.readTree(TableExportTest.unzip(zip.toByteArray()).get("records.matbank.json")).path("objects");
        assertThat(objects).hasSize(3 * n + 1);
        Set<String> distinct = new HashSet<>();
        objects.forEach(o -> distinct.add(o.path("id").asString()));
        assertThat(distinct).hasSize(3 * n + 1);
        assertThat(referencesPointEarlier(objects)).isEqualTo(3 * n);
    }

    /**
     * Asserts that every reference points to an object written earlier (an import writes the
     * objects in units as it reads them); returns the number of references.
     */
    private static int referencesPointEarlier(JsonNode objects) {
        Set<String> earlier = new HashSet<>();
        int links = 0;
        for (JsonNode o : objects) {
            for (String field : List.of("spec", "process", "material")) {
                if (o.path(field).isObject()) {
                    links++;
                    assertThat(earlier).as("%s of %s is written before it", field, o.path("name").asString())
                            .contains(o.path(field).path("scope").asString() + ":" + o.path(field).path("id").asString());
                }
            }
            earlier.add("matbank:" + o.path("id").asString());
            o.path("uids").properties().forEach(uid -> earlier.add(uid.getKey() + ":" + uid.getValue().asString()));
        }
        return links;
    }

    private static Set<String> uidsOf(JsonNode objects) {
        Set<String> uids = new HashSet<>();
        objects.forEach(o -> o.path("uids").properties().forEach(uid -> {
            if (uid.getKey().startsWith("h-")) {
                uids.add(uid.getValue().asString());
            }
        }));
        return uids;
    }
}
