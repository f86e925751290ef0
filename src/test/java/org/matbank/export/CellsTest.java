package org.matbank.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Numbers in CSV and XLSX text cells read back as exactly the stored doubles, written as people write them. */
class CellsTest {

    @Test
    void numbersAreWrittenAsPlainDecimals() {
        assertThat(Cells.format(5.1e8)).isEqualTo("510000000");
        assertThat(Cells.format(1323.15)).isEqualTo("1323.15");
        assertThat(Cells.format(-7.5)).isEqualTo("-7.5");
        assertThat(Cells.format(2.5e-5)).isEqualTo("0.000025");
        assertThat(Cells.format(0.45)).isEqualTo("0.45");
        assertThat(Cells.format(0.1 + 0.2)).as("no digit is dropped").isEqualTo("0.30000000000000004");
        assertThat(Cells.format(1e-30)).isEqualTo("1.0E-30");
        assertThat(Cells.format(Double.NaN)).isEqualTo("NaN");
    }

    @Test
    void everyNumberReadsBackAsTheSameDouble() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 3) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> (random.nextInt(200_000) - 100_000) / Math.pow(10, random.nextInt(12));
                default -> random.nextDouble() * Math.pow(10, random.nextInt(-12, 12));
            };
            if (Double.isFinite(value)) {
                assertThat(Double.parseDouble(Cells.format(value))).as("%s written as %s", value, Cells.format(value))
                        .isEqualTo(value);
            }
        }
    }

    @Test
    void percentagesLoseTheBinaryNoiseButNotTraceElements() {
        assertThat(TableLayout.percent(0.07)).isEqualTo(7.0);
        assertThat(TableLayout.percent(0.182)).isEqualTo(18.2);
        assertThat(TableLayout.percent(3e-12)).as("3 ppt stays").isEqualTo(3e-10);
        assertThat(TableLayout.percent(1)).isEqualTo(100.0);
    }
}
