package org.matbank.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ridge baseline recovers known coefficients and states an honest sigma. */
class LinearTest {

    private static TrainingSet sample(int n, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {random.nextDouble() * 10, 100 + 50 * random.nextGaussian(), random.nextGaussian()};
            y[i] = 3 + 2 * x[i][0] - 0.05 * x[i][1] + 0.5 * random.nextGaussian();
        }
        return new TrainingSet(List.of("a", "b", "irrelevant"), x, y);
    }

    @Test
    void recoversKnownCoefficientsInTheFeaturesOwnUnits() {
        LinearRegressor model = new Linear().fit(sample(400, 1), 0);
        assertThat(model.coefficients()[0]).isCloseTo(2, within(0.03));
        assertThat(model.coefficients()[1]).isCloseTo(-0.05, within(0.003));
        assertThat(model.coefficients()[2]).isCloseTo(0, within(0.08));
        assertThat(model.predict(new double[][] {{5, 100, 0}}).mean()[0]).isCloseTo(3 + 10 - 5, within(0.1));
    }

    @Test
    void sigmaMatchesTheNoiseAndCoversNewMeasurements() {
        LinearRegressor model = new Linear().fit(sample(400, 2), 0);
        TrainingSet fresh = sample(2000, 3);
        Predictions p = model.predict(fresh.x());
        int inside = 0;
        for (int i = 0; i < fresh.rows(); i++) {
            inside += Math.abs(fresh.y()[i] - p.mean()[i]) <= 1.96 * p.sigma()[i] ? 1 : 0;
        }
        assertThat(inside / (double) fresh.rows()).isBetween(0.93, 0.97);
        assertThat(p.sigma()[0]).isCloseTo(0.5, within(0.05));
        assertThat(model.predict(new double[][] {{1000, 100, 0}}).sigma()[0]).isGreaterThan(1.5 * p.sigma()[0]);
    }

    @Test
    void aLargeFixedPenaltyShrinksTheSlopes() {
        LinearRegressor model = new Linear(1e7).fit(sample(400, 4), 0);
        assertThat(model.lambda()).isEqualTo(1e7);
        assertThat(Math.abs(model.coefficients()[0])).isLessThan(0.01);
    }

    @Test
    void itsDocumentRoundTripsExactlyAndPythonAgrees(@TempDir Path dir) throws Exception {
        TrainingSet train = sample(100, 5);
        train.x()[7][2] = Double.NaN;
        LinearRegressor model = new Linear().fit(train, 0);
        Regressor back = Linear.read(model.toJson());
        assertThat(back.toJson()).isEqualTo(model.toJson());
        double[][] rows = {{1, 2, 3}, {Double.NaN, 120, -1}, {40, Double.NaN, Double.NaN}};
        Predictions java = model.predict(rows);
        assertThat(back.predict(rows).mean()).containsExactly(java.mean());
        assertThat(back.predict(rows).sigma()).containsExactly(java.sigma());
        PythonPredictor.assertAgrees(PythonPredictor.predict("linear", model.toJson(), rows, dir), java);
    }
}
