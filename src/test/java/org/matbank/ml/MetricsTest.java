package org.matbank.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every metric worked by hand for four rows. */
class MetricsTest {

    @Test
    void fourRowsByHand() {
        // residuals -0.5, 0, 1, -1; sigma 0.5, 1, 0.8, 0.5; so z = -1, 0, 1.25, -2
        Metrics m = Metrics.of(new double[] {1, 2, 3, 4}, new double[] {1.5, 2, 2, 5}, new double[] {0.5, 1, 0.8, 0.5});
        assertThat(m.n()).isEqualTo(4);
        assertThat(m.r2()).isCloseTo(1 - 2.25 / 5, within(1e-12));
        assertThat(m.mae()).isCloseTo(0.625, within(1e-12));
        assertThat(m.rmse()).isCloseTo(0.75, within(1e-12));
        double twoPi = 2 * Math.PI;
        double nll = (0.5 * Math.log(twoPi * 0.25) + 0.5) + 0.5 * Math.log(twoPi)
                + (0.5 * Math.log(twoPi * 0.64) + 0.78125) + (0.5 * Math.log(twoPi * 0.25) + 2);
        assertThat(m.nll()).isCloseTo(nll / 4, within(1e-12));
        assertThat(m.sdZ()).isCloseTo(Math.sqrt(5.796875 / 3), within(1e-12));
        assertThat(m.coverage68()).as("|r| <= sigma: rows 1 and 2").isEqualTo(0.5);
        assertThat(m.coverage95()).as("|z| = 2 > 1.96: all but row 4").isEqualTo(0.75);
    }

    @Test
    void perfectPredictionsWithSigmaZeroHaveInfiniteNllAndAveragesAreFieldByField() {
        Metrics exact = Metrics.of(new double[] {1, 2}, new double[] {1, 2}, new double[] {0, 0});
        assertThat(exact.rmse()).isZero();
        assertThat(exact.r2()).isEqualTo(1);
        assertThat(exact.nll()).isInfinite();
        Metrics a = Metrics.of(new double[] {0, 2}, new double[] {1, 1}, new double[] {1, 1});
        Metrics b = Metrics.of(new double[] {0, 4}, new double[] {1, 1}, new double[] {1, 1});
        Metrics avg = Metrics.average(List.of(a, b));
        assertThat(avg.n()).isEqualTo(4);
        assertThat(avg.rmse()).isCloseTo((1 + Math.sqrt(5)) / 2, within(1e-12));
    }
}
