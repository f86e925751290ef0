package org.matbank.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Violation;

/** Gradient boosting on a known nonlinear function with noise, its document, explanations and Python twin. */
class GradientBoostingTest {

    private static final List<String> FEATURES = List.of("a", "b", "c", "noise");
    private static final GradientBoosting SMALL = new GradientBoosting(200, 0.1, 4, 0.8, 1.0, 1.0, 1.0, 4);
    private static TrainingSet train;
    private static TrainingSet test;
    private static GradientBoostingRegressor model;

    /**
     * y = sin(3a) + b² + (c > 0.3 ? 1 : 0), with noise of sd 0.05; the fourth feature is pure noise.
     * Features have two decimals, as measured data do: XGBoost then splits at values rows hold
     * exactly, where a predictor that compares in double instead of float32 goes astray.
     */
    static TrainingSet sample(int n, long seed, double missing) {
        Random random = new Random(seed);
        double[][] x = new double[n][4];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = Math.round(200 * random.nextDouble() - 100) / 100.0;
            }
            y[i] = Math.sin(3 * x[i][0]) + x[i][1] * x[i][1] + (x[i][2] > 0.3 ? 1 : 0) + 0.05 * random.nextGaussian();
            for (int j = 0; j < 4; j++) {
                if (random.nextDouble() < missing) {
                    x[i][j] = Double.NaN;
                }
            }
        }
        return new TrainingSet(FEATURES, x, y);
    }

    @BeforeAll
    static void fit() {
        train = sample(800, 1, 0);
        test = sample(400, 2, 0);
        model = SMALL.fit(train, 42);
    }

    static double r2(double[] y, double[] predicted) {
        double mean = 0;
        for (double v : y) {
            mean += v / y.length;
        }
        double residual = 0;
        double total = 0;
        for (int i = 0; i < y.length; i++) {
            residual += (y[i] - predicted[i]) * (y[i] - predicted[i]);
            total += (y[i] - mean) * (y[i] - mean);
        }
        return 1 - residual / total;
    }

    @Test
    void learnsAKnownNonlinearFunctionAndReportsASpread() {
        Predictions p = model.predict(test.x());
        assertThat(r2(test.y(), p.mean())).isGreaterThan(0.95);
        assertThat(java.util.Arrays.stream(p.sigma()).boxed()).allSatisfy(s -> assertThat(s).isPositive().isLessThan(0.5));
        assertThat(model.kind()).isEqualTo(ModelKind.GRADIENT_BOOSTING);
        assertThat(model.features()).isEqualTo(FEATURES);
    }

    @Test
    void acceptsMissingValuesInTrainingAndPrediction() {
        GradientBoostingRegressor withGaps = SMALL.fit(sample(800, 3, 0.1), 7);
        double[][] rows = {{Double.NaN, Double.NaN, Double.NaN, Double.NaN}, {0.5, Double.NaN, 0.9, 0.1}};
        Predictions p = withGaps.predict(rows);
        assertThat(java.util.Arrays.stream(p.mean()).boxed()).allSatisfy(m -> assertThat(m).isFinite());
        assertThat(java.util.Arrays.stream(p.sigma()).boxed()).allSatisfy(s -> assertThat(s).isFinite().isNotNegative());
        // a known a, c still tell: sin(1.5) + E[b²] + 1 = 1.997 + 1/3
        assertThat(p.mean()[1]).isCloseTo(Math.sin(1.5) + 1.0 / 3 + 1, within(0.3));
        assertThat(r2(test.y(), withGaps.predict(test.x()).mean())).isGreaterThan(0.9);
    }

    @Test
    void refusesInfiniteValuesAndRowsOfTheWrongLengthNamingThePlace() {
        assertThatThrownBy(() -> model.predict(new double[][] {{0, 0, 0, 0}, {0, Double.POSITIVE_INFINITY, 0, 0}}))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("x[1][1]"));
        assertThatThrownBy(() -> model.predict(new double[][] {{0, 0, 0}}))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).message())
                        .contains("row 0", "4 features"));
    }

    @Test
    void refusesParametersOutOfRangeNamingEachOne() {
        assertThatThrownBy(() -> new GradientBoosting(0, 0.1, 4, 1.5, 1.0, 1.0, 1.0, 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("parameters.rounds", "parameters.subsample", "parameters.ensembleSize"));
    }

    @Test
    void isDeterministicForASeed() {
        TrainingSet small = sample(200, 5, 0.05);
        GradientBoosting quick = new GradientBoosting(30, 0.2, 3, 0.7, 0.8, 1.0, 1.0, 3);
        byte[] once = quick.fit(small, 11).toJson();
        assertThat(quick.fit(small, 11).toJson()).isEqualTo(once);
        assertThat(quick.fit(small, 12).toJson()).isNotEqualTo(once);
    }

    @Test
    void readsBackItsDocumentExactly() {
        byte[] json = model.toJson();
        GradientBoostingRegressor back = GradientBoostingRegressor.read(json);
        assertThat(back.toJson()).isEqualTo(json);
        assertThat(back.parameters()).isEqualTo(SMALL);
        Predictions a = model.predict(test.x());
        Predictions b = back.predict(test.x());
        assertThat(b.mean()).isEqualTo(a.mean());
        assertThat(b.sigma()).isEqualTo(a.sigma());
        String text = new String(json, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\"format\":\"matbank-model/1\",\"kind\":\"gradient-boosting\",\"features\":[\"a\",\"b\",\"c\",\"noise\"]");
    }

    @Test
    void refusesADocumentOfAnotherKind() {
        byte[] other = "{\"format\":\"matbank-model/1\",\"kind\":\"linear\",\"features\":[\"a\"]}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> GradientBoostingRegressor.read(other))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("kind"));
        assertThatThrownBy(() -> GradientBoostingRegressor.read("{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void contributionsSumToThePrediction() {
        double[][] rows = java.util.Arrays.copyOf(test.x(), 50);
        double[][] shap = model.contributions(rows);
        double[] mean = model.predict(rows).mean();
        for (int i = 0; i < rows.length; i++) {
            assertThat(shap[i]).hasSize(FEATURES.size() + 1);
            assertThat(java.util.Arrays.stream(shap[i]).sum()).isCloseTo(mean[i], within(1e-4));
            // the pure-noise feature explains little next to the others
            assertThat(Math.abs(shap[i][3])).isLessThan(0.2);
        }
    }

    @Test
    void thePythonPredictorAgrees(@TempDir Path dir) throws IOException, InterruptedException {
        double[][] rows = java.util.Arrays.copyOf(sample(40, 9, 0.15).x(), 40);
        Predictions java = model.predict(rows);
        Path json = dir.resolve("model.json");
        Files.write(json, model.toJson());
        StringBuilder rowsText = new StringBuilder("[");
        for (double[] row : rows) {
            rowsText.append('[');
            for (double v : row) {
                rowsText.append(Double.isNaN(v) ? "float('nan')" : Double.toString(v)).append(',');
            }
            rowsText.append("],");
        }
        rowsText.append(']');
        Files.writeString(dir.resolve("rows.py"), "rows = " + rowsText + "\n");
        String script = "import sys, json; sys.path[:0] = [sys.argv[1], sys.argv[2]]\n"
                + "import gradient_boosting, rows\n"
                + "m, s = gradient_boosting.predict(json.load(open(sys.argv[3])), rows.rows)\n"
                + "print('\\n'.join('%r %r' % p for p in zip(m, s)))\n";
        Process python = new ProcessBuilder("/usr/bin/python3", "-c", script, Path.of("src/main/resources/ml/predictor").toAbsolutePath().toString(),
                dir.toString(), json.toString()).redirectErrorStream(true).start();
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor()).as(out).isZero();
        String[] lines = out.strip().split("\n");
        assertThat(lines).hasSize(rows.length);
        for (int i = 0; i < rows.length; i++) {
            String[] f = lines[i].split(" ");
            assertThat(Double.parseDouble(f[0])).isCloseTo(java.mean()[i], within(1e-5 * Math.max(1, Math.abs(java.mean()[i]))));
            assertThat(Double.parseDouble(f[1])).isCloseTo(java.sigma()[i], within(1e-5 * Math.max(1, Math.abs(java.mean()[i]))));
        }
    }
}
