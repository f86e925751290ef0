package org.matbank.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs a shipped standard-library predictor module on a model document, as an exported model would run. */
final class PythonPredictor {

    private PythonPredictor() {
    }

    /** The Python (means, sigmas) for these rows; NaN is passed as missing. */
    static Predictions predict(String module, byte[] model, double[][] rows, Path dir) throws Exception {
        Path moduleDir = Path.of(PythonPredictor.class.getResource("/ml/predictor/" + module + ".py").toURI()).getParent();
        Path modelFile = Files.write(dir.resolve("model.json"), model);
        StringJoiner json = new StringJoiner(",", "[", "]");
        for (double[] row : rows) {
            StringJoiner r = new StringJoiner(",", "[", "]");
            for (double v : row) {
                r.add(Double.isNaN(v) ? "NaN" : Double.toString(v));
            }
            json.add(r.toString());
        }
        Path rowsFile = Files.writeString(dir.resolve("rows.json"), json.toString());
        String script = "import json, sys\nsys.path.insert(0, sys.argv[1])\nimport " + module + " as m\n"
                + "model = json.load(open(sys.argv[2]))\nrows = json.load(open(sys.argv[3]))\n"
                + "means, sigmas = m.predict(model, rows)\nprint(json.dumps([means, sigmas]))\n";
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", script, moduleDir.toString(), modelFile.toString(),
                rowsFile.toString()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isZero();
        JsonNode node = JsonMapper.builder().build().readTree(text);
        double[] means = new double[rows.length];
        double[] sigmas = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            means[i] = node.get(0).get(i).asDouble();
            sigmas[i] = node.get(1).get(i).asDouble();
        }
        return new Predictions(means, sigmas);
    }

    /** Asserts relative agreement within 1e-9 of every mean and sigma. */
    static void assertAgrees(Predictions python, Predictions java) {
        for (int i = 0; i < java.size(); i++) {
            assertThat(python.mean()[i]).as("mean %d", i).isCloseTo(java.mean()[i], org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, Math.abs(java.mean()[i]))));
            assertThat(python.sigma()[i]).as("sigma %d", i).isCloseTo(java.sigma()[i], org.assertj.core.api.Assertions.within(1e-9 * Math.abs(java.sigma()[i])));
        }
    }
}
