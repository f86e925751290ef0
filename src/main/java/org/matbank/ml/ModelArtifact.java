package org.matbank.ml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A model exported as an open artifact that runs without the server (docs/models/ARTIFACT.md):
 * a ZIP with the model's JSON document, a manifest (inputs, features, recalibration, training
 * domain, provenance and metrics), the table definition, and a standalone predictor in Python
 * using only its standard library.
 */
final class ModelArtifact {

    static final String FORMAT = "matbank-model-artifact/1";
    private static final List<String> PREDICTOR = List.of("predict.py", "magpie.py", "gradient_boosting.py", "random_forest.py",
            "gaussian_process.py", "linear.py");
    private static final String ELEMENTS = "magpie-elements.csv";

    private ModelArtifact() {
    }

    /** The folder name inside the ZIP, e.g. "nims-fatigue-v3". */
    static String folder(Model model) {
        return model.name().replaceAll("[^A-Za-z0-9._-]+", "-") + "-v" + model.version();
    }

    static void write(Model model, byte[] document, JsonMapper json, OutputStream out) {
        JsonMapper pretty = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
        String root = folder(model) + "/";
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, root + "manifest.json", pretty.writeValueAsBytes(manifest(model)));
            entry(zip, root + "model.json", document);
            entry(zip, root + "table-definition.json", pretty.writeValueAsBytes(model.tableDefinition()));
            entry(zip, root + "README.md", readme(model).getBytes(StandardCharsets.UTF_8));
            for (String file : PREDICTOR) {
                entry(zip, root + file, resource("/ml/predictor/" + file));
            }
            if (!model.inputs().magpie().isEmpty()) {
                entry(zip, root + ELEMENTS, resource("/elements/" + ELEMENTS));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the standalone predictor reads, and the provenance a reader wants beside it. */
    static Map<String, Object> manifest(Model model) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("id", model.id());
        m.put("name", model.name());
        m.put("version", model.version());
        m.put("kind", model.kind().json());
        m.put("target", model.target());
        m.put("target_unit", model.targetUnit());
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("columns", model.inputs().columns());
        if (!model.inputs().magpie().isEmpty()) {
            inputs.put("magpie", Map.of("columns", model.inputs().magpie(), "table", ELEMENTS));
        }
        if (!model.inputs().molecules().isEmpty()) {
            // CDK has no Python twin here: the standalone predictor reads these features from the input file
            inputs.put("molecules", Map.of("columns", model.inputs().molecules(), "descriptors", new MoleculeFeatures().names()));
        }
        m.put("inputs", inputs);
        m.put("features", model.features());
        m.put("sigma_scale", model.sigmaScale());
        FeatureDomain d = model.domain();
        m.put("domain", Map.of("min", finite(d.min()), "max", finite(d.max()), "missing", d.missing()));
        m.put("metrics", model.evaluation().metrics());
        m.put("validation", model.evaluation().method());
        m.put("parameters", model.parameters());
        m.put("seed", model.seed());
        m.put("table", tableReference(model));
        m.put("code_version", model.codeVersion());
        m.put("model_sha256", model.documentSha256());
        m.put("author", model.author());
        m.put("created", model.createdAt().toString());
        return m;
    }

    private static Map<String, Object> tableReference(Model model) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", model.tableId());
        t.put("version", model.tableVersion());
        t.put("snapshot_sha256", model.snapshot());
        t.put("rows", model.rows());
        return t;
    }

    /** NaN (no training value) as JSON null, which Python reads as None. */
    private static List<Double> finite(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(Double.isNaN(v) ? null : v);
        }
        return out;
    }

    private static String readme(Model model) {
        return "# " + model.name() + " v" + model.version() + "\n\n"
                + "A MatBank " + model.kind().json() + " model of `" + model.target() + "` (SI unit: `"
                + (model.targetUnit().isEmpty() ? "1" : model.targetUnit()) + "`), trained on " + model.rows() + " rows.\n\n"
                + "Run it without MatBank (Python 3.8 or newer, nothing else):\n\n"
                + "    python3 predict.py input.csv output.csv\n\n"
                + "`input.csv` names these columns in its header (values in SI units, an empty cell is missing):\n\n"
                + String.join("\n", model.inputs().tableColumns().stream().map(c -> "- `" + c + "`").toList()) + "\n\n"
                + "Each output row adds the prediction, its standard uncertainty (one sigma, recalibrated) and the features\n"
                + "that lie outside the training domain (an extrapolation). `manifest.json` holds the provenance: the\n"
                + "table definition and its data snapshot hash, the hyper-parameters, the seed, the code version and the\n"
                + "cross-validated metrics. `model.json` is the model itself, in the documented format of its kind\n"
                + "(MatBank docs/models/).\n";
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = ModelArtifact.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing resource " + path);
            }
            return in.readAllBytes();
        }
    }
}
