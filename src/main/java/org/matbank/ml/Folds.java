package org.matbank.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/**
 * Train/test splits of the rows of a table: a shuffled k-fold partition (deterministic for a seed)
 * or splits given explicitly (such as the 20 published splits of the UCI concrete benchmark).
 *
 * @param rows the number of rows the splits index
 * @param splits the splits, in order; fold {@code i} is {@code splits.get(i)}
 */
public record Folds(int rows, List<Split> splits) {

    /** One split: rows to fit on and rows to test on (indices into the table, disjoint). */
    public record Split(int[] train, int[] test) {
    }

    public Folds {
        splits = List.copyOf(splits);
    }

    /**
     * The rows shuffled with the seed and dealt into k folds of sizes differing by at most one; each
     * row is tested exactly once. Refused unless 2 &lt;= k &lt;= rows.
     */
    public static Folds kFold(int rows, int k, long seed) {
        if (k < 2 || k > rows) {
            throw new InvalidInputException(Problem.INVALID, new Violation("folds.k", "folds.k.range", k,
                    "the number of folds must be between 2 and the number of rows (" + rows + "), not " + k));
        }
        int[] order = new int[rows];
        Arrays.setAll(order, i -> i);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        List<Split> splits = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            int from = (int) ((long) rows * f / k);
            int to = (int) ((long) rows * (f + 1) / k);
            int[] test = Arrays.copyOfRange(order, from, to);
            int[] train = new int[rows - test.length];
            System.arraycopy(order, 0, train, 0, from);
            System.arraycopy(order, to, train, from, rows - to);
            Arrays.sort(test);
            Arrays.sort(train);
            splits.add(new Split(train, test));
        }
        return new Folds(rows, splits);
    }

    /**
     * Splits given explicitly. Refused when an index is outside the table, a split has no train or
     * no test rows, or a row is both trained and tested on in the same split.
     */
    public static Folds explicit(int rows, List<Split> splits) {
        List<Violation> problems = new ArrayList<>();
        if (splits.isEmpty()) {
            problems.add(new Violation("folds", "folds.empty", 0, "at least one train/test split is needed"));
        }
        for (int s = 0; s < splits.size(); s++) {
            Split split = splits.get(s);
            boolean[] trained = new boolean[Math.max(rows, 0)];
            check(problems, "folds[" + s + "].train", split.train(), rows, trained, null);
            check(problems, "folds[" + s + "].test", split.test(), rows, null, trained);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, problems);
        }
        return new Folds(rows, splits);
    }

    private static void check(List<Violation> problems, String path, int[] indices, int rows, boolean[] mark, boolean[] forbidden) {
        if (indices.length == 0) {
            problems.add(new Violation(path, "folds.split.empty", 0, "a split needs at least one row here"));
        }
        for (int i = 0; i < indices.length; i++) {
            int r = indices[i];
            if (r < 0 || r >= rows) {
                problems.add(new Violation(path + "[" + i + "]", "folds.index.range", r,
                        "row index must be between 0 and " + (rows - 1) + ", not " + r));
            } else if (forbidden != null && forbidden[r]) {
                problems.add(new Violation(path + "[" + i + "]", "folds.split.overlap", r,
                        "row " + r + " is in both the train and the test rows of this split"));
            } else if (mark != null) {
                mark[r] = true;
            }
        }
    }

    public int size() {
        return splits.size();
    }

    /** True when every row is tested exactly once (a partition, as k-fold gives): out-of-fold predictions exist. */
    public boolean partition() {
        int[] tested = new int[rows];
        for (Split s : splits) {
            for (int r : s.test()) {
                tested[r]++;
            }
        }
        return Arrays.stream(tested).allMatch(t -> t == 1);
    }
}
