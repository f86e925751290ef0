package org.matbank.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Violation;

/** The Gaussian process on known smooth functions: accuracy, relevance, honest uncertainty, round trips. */
class GaussianProcessTest {

    private static TrainingSet sample(int n, long seed, double noise, ToDoubleFunction<double[]> f) {
        Random random = new Random(seed);
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {random.nextDouble() * 4 - 2, random.nextDouble() * 4 - 2};
            y[i] = f.applyAsDouble(x[i]) + noise * random.nextGaussian();
        }
        return new TrainingSet(List.of("a", "b"), x, y);
    }

    private static double r2(Predictions p, double[] y) {
        double mean = 0;
        for (double v : y) {
            mean += v / y.length;
        }
        double se = 0;
        double ss = 0;
        for (int i = 0; i < y.length; i++) {
            se += Math.pow(y[i] - p.mean()[i], 2);
            ss += Math.pow(y[i] - mean, 2);
        }
        return 1 - se / ss;
    }

    private static double smooth(double[] x) {
        return 10 + Math.sin(2 * x[0]) + 0.5 * x[1] * x[1];
    }

    @Test
    void learnsASmoothTwoDimensionalFunctionFromFewRows() {
        TrainingSet train = sample(100, 1, 0.02, GaussianProcessTest::smooth);
        TrainingSet test = sample(300, 2, 0, GaussianProcessTest::smooth);
        for (Kernel kernel : Kernel.values()) {
            Regressor model = new GaussianProcess(kernel, 3000, 3, 150, 1000).fit(train, 7);
            assertThat(r2(model.predict(test.x()), test.y())).as(kernel.json()).isGreaterThan(0.95);
        }
    }

    @Test
    void theAnalyticGradientOfTheLikelihoodMatchesFiniteDifferences() {
        TrainingSet train = sample(30, 9, 0.1, GaussianProcessTest::smooth);
        for (Kernel kernel : Kernel.values()) {
            GpLikelihood likelihood = new GpLikelihood(kernel, train.x(), centred(train.y()));
            double[] theta = {0.3, -0.2, 0.5, Math.log(0.05)};
            double[] gradient = new double[theta.length];
            likelihood.value(theta, gradient);
            for (int p = 0; p < theta.length; p++) {
                double[] up = theta.clone();
                double[] down = theta.clone();
                up[p] += 1e-5;
                down[p] -= 1e-5;
                double numeric = (likelihood.value(up, null) - likelihood.value(down, null)) / 2e-5;
                assertThat(gradient[p]).as(kernel + " θ" + p).isCloseTo(numeric, org.assertj.core.api.Assertions.within(1e-4 * Math.max(1, Math.abs(numeric))));
            }
        }
    }

    private static double[] centred(double[] y) {
        double[] target = Standardisation.ofTarget(y);
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = (y[i] - target[0]) / target[1];
        }
        return out;
    }

    @Test
    void relevanceDeterminationGivesTheIrrelevantFeatureTheLongerLengthScale() {
        TrainingSet train = sample(80, 3, 0.05, x -> Math.sin(1.5 * x[0]));
        GaussianProcessRegressor model = new GaussianProcess().fit(train, 1);
        assertThat(model.lengthScales()[1]).isGreaterThan(3 * model.lengthScales()[0]);
    }

    @Test
    void sigmaGrowsAwayFromTheDataAndCoversTheNoise() {
        Random random = new Random(4);
        double[][] x = new double[40][];
        double[] y = new double[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {random.nextDouble()};
            y[i] = Math.sin(6 * x[i][0]) + 0.1 * random.nextGaussian();
        }
        Regressor model = new GaussianProcess().fit(new TrainingSet(List.of("t"), x, y), 2);
        Predictions p = model.predict(new double[][] {{0.5}, {1.5}, {5}});
        assertThat(p.sigma()[0]).isBetween(0.06, 0.2);
        assertThat(p.sigma()[1]).isGreaterThan(p.sigma()[0]);
        assertThat(p.sigma()[2]).isGreaterThan(3 * p.sigma()[0]);
    }

    @Test
    void theSameSeedGivesTheSameModelAndItsDocumentRoundTripsExactly(@TempDir Path dir) throws Exception {
        TrainingSet train = sample(60, 5, 0.05, GaussianProcessTest::smooth);
        train.x()[3][1] = Double.NaN;
        GaussianProcessRegressor model = new GaussianProcess().fit(train, 9);
        assertThat(new GaussianProcess().fit(train, 9).toJson()).isEqualTo(model.toJson());
        Regressor back = GaussianProcess.read(model.toJson());
        assertThat(back.toJson()).isEqualTo(model.toJson());
        assertThat(back.features()).containsExactly("a", "b");
        double[][] rows = {{0.1, 0.2}, {Double.NaN, 1.0}, {3.5, -4}, {Double.NaN, Double.NaN}};
        Predictions java = model.predict(rows);
        assertThat(back.predict(rows).mean()).containsExactly(java.mean());
        assertThat(back.predict(rows).sigma()).containsExactly(java.sigma());
        PythonPredictor.assertAgrees(PythonPredictor.predict("gaussian_process", model.toJson(), rows, dir), java);
        TrainingSet many = sample(150, 8, 0, GaussianProcessTest::smooth);
        Predictions batch = model.predict(many.x());
        for (int i = 0; i < many.rows(); i += 37) {
            Predictions one = model.predict(new double[][] {many.x()[i]});
            assertThat(batch.mean()[i]).isEqualTo(one.mean()[0]);
            assertThat(batch.sigma()[i]).isEqualTo(one.sigma()[0]);
        }
    }

    @Test
    void refusesATrainingSetAboveTheSizeLimit() {
        TrainingSet big = sample(51, 6, 0.1, GaussianProcessTest::smooth);
        assertThatThrownBy(() -> new GaussianProcess(Kernel.MATERN_52, 50, 1, 10, 50).fit(big, 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule, Violation::value)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("training_set.rows", "gaussian-process.max-rows", 51)));
    }
}
