package org.matbank.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matbank.shared.InvalidInputException;

/** The forest on functions with known answers: accuracy, missing values, seeds, sigma, JSON, Python. */
class RandomForestTest {

    private static final List<String> XYZ = List.of("x", "y", "z");

    /** y = sin(4 x) + 2 y^2 on the unit square; z is noise the target does not depend on. */
    private static TrainingSet smooth(int rows, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[rows][];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            x[i] = new double[] {random.nextDouble(), random.nextDouble(), random.nextDouble()};
            y[i] = Math.sin(4 * x[i][0]) + 2 * x[i][1] * x[i][1];
        }
        return new TrainingSet(XYZ, x, y);
    }

    private static double r2(double[] truth, double[] predicted) {
        double mean = Arrays.stream(truth).average().orElseThrow();
        double residual = 0;
        double total = 0;
        for (int i = 0; i < truth.length; i++) {
            residual += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
            total += (truth[i] - mean) * (truth[i] - mean);
        }
        return 1 - residual / total;
    }

    @Test
    void learnsASmoothNonlinearFunctionAndFindsTheIrrelevantFeature() {
        RandomForestRegressor model = RandomForest.ofTrees(100).fit(smooth(600, 1), 7);
        TrainingSet test = smooth(300, 2);
        Predictions p = model.predict(test.x());
        assertThat(r2(test.y(), p.mean())).isGreaterThan(0.95);
        double[] importance = model.importance();
        assertThat(Arrays.stream(importance).sum()).isCloseTo(1, within(1e-9));
        assertThat(importance[2]).isLessThan(0.05).isLessThan(importance[0]).isLessThan(importance[1]);
        assertThat(Arrays.stream(p.sigma()).boxed().toList()).allSatisfy(s -> assertThat(s).isPositive().isFinite());
    }

    @Test
    void learnsWhereMissingValuesGoAndPredictsRowsWithMissingValues() {
        // a missing x marks a special material of target 10; the others follow y = x on [0, 1]
        Random random = new Random(3);
        double[][] x = new double[400][];
        double[] y = new double[400];
        for (int i = 0; i < x.length; i++) {
            boolean missing = i % 4 == 0;
            double v = random.nextDouble();
            x[i] = new double[] {missing ? Double.NaN : v, random.nextDouble(), Double.NaN};
            y[i] = missing ? 10 : v;
        }
        RandomForestRegressor model = RandomForest.ofTrees(50).fit(new TrainingSet(XYZ, x, y), 1);
        Predictions p = model.predict(new double[][] {{Double.NaN, 0.5, 0}, {0.3, 0.5, Double.NaN},
                {0.8, Double.NaN, Double.NaN}, {Double.NaN, Double.NaN, Double.NaN}});
        assertThat(p.mean()[0]).isCloseTo(10, within(0.01));
        assertThat(p.mean()[1]).isCloseTo(0.3, within(0.05));
        assertThat(p.mean()[2]).isCloseTo(0.8, within(0.05));
        assertThat(p.mean()[3]).isCloseTo(10, within(0.01));
        assertThat(Arrays.stream(p.sigma()).boxed().toList()).allSatisfy(s -> assertThat(s).isFinite().isPositive());
    }

    @Test
    void theSameSeedGivesTheSameForestAndAnotherSeedAnother() {
        TrainingSet data = smooth(200, 4);
        RandomForest forest = RandomForest.ofTrees(30);
        byte[] first = forest.fit(data, 11).toJson();
        assertThat(forest.fit(data, 11).toJson()).isEqualTo(first);
        assertThat(forest.fit(data, 12).toJson()).isNotEqualTo(first);
        RandomForest sampled = new RandomForest(30, 0.4, 3, 8, false);
        assertThat(sampled.fit(data, 5).predict(data.x()).mean()).isEqualTo(sampled.fit(data, 5).predict(data.x()).mean());
    }

    @Test
    void sigmaIsLargerInAGapOfTheTrainingDataThanAmongTheTrainingRows() {
        // a step inside a gap: trees disagree about where it is, while they agree among the rows
        Random random = new Random(5);
        double[][] x = new double[300][];
        double[] y = new double[300];
        for (int i = 0; i < x.length; i++) {
            double v = i % 2 == 0 ? random.nextDouble() * 0.4 : 0.6 + random.nextDouble() * 0.4;
            x[i] = new double[] {v};
            y[i] = (v < 0.5 ? 0 : 1) + 0.05 * random.nextGaussian();
        }
        RandomForestRegressor model = new RandomForest(200, 1, 5, 64, false).fit(new TrainingSet(List.of("x"), x, y), 3);
        Predictions p = model.predict(new double[][] {{0.5}, {0.2}, {0.8}});
        assertThat(p.sigma()[0]).isGreaterThan(3 * p.sigma()[1]).isGreaterThan(3 * p.sigma()[2]);
    }

    @Test
    void theJsonDocumentReadsBackToTheSamePredictions() {
        RandomForestRegressor model = RandomForest.ofTrees(20).fit(smooth(150, 6), 2);
        byte[] json = model.toJson();
        RandomForestRegressor back = RandomForest.read(json);
        TrainingSet test = smooth(50, 7);
        test.x()[0][1] = Double.NaN;
        assertThat(back.predict(test.x()).mean()).isEqualTo(model.predict(test.x()).mean());
        assertThat(back.predict(test.x()).sigma()).isEqualTo(model.predict(test.x()).sigma());
        assertThat(back.toJson()).isEqualTo(json);
        assertThat(back.features()).isEqualTo(XYZ);
        assertThat(back.importance()).isEqualTo(model.importance());
        String text = new String(json, StandardCharsets.UTF_8);
        assertThat(text).contains("\"format\":\"matbank-model/1\"", "\"kind\":\"random-forest\"", "\"inBag\":[");
    }

    @Test
    void aDocumentWithALoopOrOfAnotherKindIsRefused() {
        String json = new String(RandomForest.ofTrees(2).fit(smooth(20, 8), 2).toJson(), StandardCharsets.UTF_8);
        String loop = json.replaceFirst("\"left\":\\[\\d+", "\"left\":[0");
        assertThatThrownBy(() -> RandomForest.read(loop.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("model.trees[0].node[0]");
        String other = json.replace("\"kind\":\"random-forest\"", "\"kind\":\"linear\"");
        assertThatThrownBy(() -> RandomForest.read(other.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("model.kind");
    }

    @Test
    void badParametersAndInfiniteFeaturesAreRefusedByName() {
        assertThatThrownBy(() -> new RandomForest(1, 1.5, 1, 64, true)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(v -> v.path()).containsExactly("randomForest.trees", "randomForest.maxFeatures"));
        TrainingSet data = new TrainingSet(List.of("x"), new double[][] {{1}, {Double.POSITIVE_INFINITY}}, new double[] {1, 2});
        assertThatThrownBy(() -> RandomForest.ofTrees(2).fit(data, 1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("trainingSet.x[1][0]").hasMessageContaining("Infinity");
    }

    @Test
    void thePythonPredictorGivesTheSameMeansAndSigmas(@TempDir Path dir) throws Exception {
        TrainingSet data = smooth(120, 9);
        data.x()[3][0] = Double.NaN;
        data.x()[7][2] = Double.NaN;
        RandomForestRegressor model = new RandomForest(25, 0.7, 2, 64, true).fit(data, 4);
        double[][] rows = smooth(15, 10).x();
        rows[0][0] = Double.NaN;
        rows[1] = new double[] {3, -2, Double.NaN};
        Predictions java = model.predict(rows);
        Files.write(dir.resolve("model.json"), model.toJson());
        StringBuilder csv = new StringBuilder();
        for (double[] row : rows) {
            csv.append(Arrays.stream(row).mapToObj(Double::toString).reduce((a, b) -> a + "," + b).orElseThrow()).append('\n');
        }
        Files.writeString(dir.resolve("rows.csv"), csv);
        Path module = Path.of("src/main/resources/ml/predictor").toAbsolutePath();
        String script = "import sys, json; sys.path.insert(0, sys.argv[1]); import random_forest as rf\n"
                + "model = json.load(open(sys.argv[2]))\n"
                + "rows = [[float(v) for v in line.split(',')] for line in open(sys.argv[3]) if line.strip()]\n"
                + "m, s = rf.predict(model, rows)\n"
                + "print('\\n'.join(repr(a) + ' ' + repr(b) for a, b in zip(m, s)))\n";
        Process python = new ProcessBuilder("/usr/bin/python3", "-c", script, module.toString(),
                dir.resolve("model.json").toString(), dir.resolve("rows.csv").toString()).redirectErrorStream(true).start();
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(out).isZero();
        String[] lines = out.strip().split("\n");
        assertThat(lines).hasSize(rows.length);
        for (int i = 0; i < rows.length; i++) {
            String[] ms = lines[i].split(" ");
            assertThat(Double.parseDouble(ms[0])).as("mean " + i).isCloseTo(java.mean()[i], within(1e-9 * Math.abs(java.mean()[i])));
            assertThat(Double.parseDouble(ms[1])).as("sigma " + i).isCloseTo(java.sigma()[i], within(1e-9 * java.sigma()[i]));
        }
    }
}
