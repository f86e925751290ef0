package org.matbank.export;

import java.util.Arrays;

/**
 * The value columns of one row, reused row after row: for each column the values that fell on it
 * (usually none or one; several when a material has, say, two measurements of one property).
 */
final class Cells {

    private final int[] count;
    private final double[][] numbers;
    private final String[][] texts;
    /** Values of the current row whose column the layout does not have. */
    long outside;

    Cells(int columns) {
        count = new int[columns];
        numbers = new double[columns][];
        texts = new String[columns][];
    }

    void clear() {
        Arrays.fill(count, 0);
        outside = 0;
    }

    int count(int column) {
        return count[column];
    }

    double number(int column, int i) {
        return numbers[column][i];
    }

    String text(int column, int i) {
        return texts[column][i];
    }

    /** The values of a number column, first to last (a new array). */
    double[] numbers(int column) {
        return Arrays.copyOf(numbers[column], count[column]);
    }

    /** The values of a text column, first to last (a new array). */
    String[] texts(int column) {
        return Arrays.copyOf(texts[column], count[column]);
    }

    void number(int column, double value) {
        double[] values = numbers[column];
        int n = count[column];
        if (values == null) {
            values = numbers[column] = new double[2];
        } else if (n == values.length) {
            values = numbers[column] = Arrays.copyOf(values, n * 2);
        }
        values[n] = value;
        count[column] = n + 1;
    }

    void text(int column, String value) {
        String[] values = texts[column];
        int n = count[column];
        if (values == null) {
            values = texts[column] = new String[2];
        } else if (n == values.length) {
            values = texts[column] = Arrays.copyOf(values, n * 2);
        }
        values[n] = value;
        count[column] = n + 1;
    }

    /** The cell as text: the values joined with "; " (numbers as {@link #format}), or null when empty. */
    String joined(int column, boolean isNumber) {
        int n = count[column];
        if (n == 0) {
            return null;
        }
        if (n == 1) {
            return isNumber ? format(numbers[column][0]) : texts[column][0];
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                text.append("; ");
            }
            text.append(isNumber ? format(numbers[column][i]) : texts[column][i]);
        }
        return text.toString();
    }

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = Double.parseDouble("1e" + i);
        }
    }

    /**
     * A number as the shortest plain decimal that reads back as the same double: whole numbers
     * without ".0" (510000000, not 5.1E8), others with the fewest decimals that round-trip
     * (1323.15, 0.000025). Numbers that need more than 22 decimals or 15 digits fall back to
     * {@link Double#toString} (1.0E-30). Exact: {@code m / 10^k}, both exact doubles, is the double
     * nearest to the decimal m·10^-k, which is what a parser reads. Much faster than
     * {@code Double.toString} on Java 17 for the values materials data has (a few significant digits
     * in an SI unit).
     */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (Double.isFinite(value)) {
            for (int k = 1; k < POWERS_OF_TEN.length; k++) {
                double scaled = value * POWERS_OF_TEN[k];
                if (Math.abs(scaled) >= 1e15) {
                    break;
                }
                long m = Math.round(scaled);
                if (m / POWERS_OF_TEN[k] == value) {
                    return decimal(m, k);
                }
            }
        }
        return Double.toString(value);
    }

    /** m·10^-k written out: decimal(-132315, 2) is "-1323.15". */
    private static String decimal(long m, int k) {
        String digits = Long.toString(Math.abs(m));
        StringBuilder text = new StringBuilder(digits.length() + k + 3);
        if (m < 0) {
            text.append('-');
        }
        if (digits.length() <= k) {
            text.append("0.");
            for (int i = digits.length(); i < k; i++) {
                text.append('0');
            }
            text.append(digits);
        } else {
            text.append(digits, 0, digits.length() - k).append('.').append(digits, digits.length() - k, digits.length());
        }
        return text.toString();
    }
}
