package org.matbank.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits a learner on the train rows of each split and predicts its test rows. Fold {@code i} is
 * fitted with seed {@link #foldSeed(long, int)}, so a run is deterministic for a seed.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /** What one split gave: its test rows, their predictions, the fit time and the metrics. */
    public record Fold(int[] test, Predictions predictions, double fitSeconds, Metrics metrics) {
    }

    /**
     * The folds' results. {@code pooled} are the metrics of all test predictions together (for a
     * partition: the out-of-fold metrics); {@code mean} the metrics averaged over folds.
     */
    public record Result(int rows, List<Fold> folds, Metrics pooled, Metrics mean) {

        /**
         * Out-of-fold predictions, row by row, with the fold that predicted each row. Only for
         * splits where every row is tested exactly once.
         */
        public OutOfFold outOfFold() {
            double[] mean = new double[rows];
            double[] sigma = new double[rows];
            int[] fold = new int[rows];
            Arrays.fill(fold, -1);
            for (int f = 0; f < folds.size(); f++) {
                Fold result = folds.get(f);
                for (int i = 0; i < result.test().length; i++) {
                    int r = result.test()[i];
                    if (fold[r] >= 0) {
                        throw new IllegalStateException("row " + r + " is tested in folds " + fold[r] + " and " + f + ": no single out-of-fold prediction");
                    }
                    mean[r] = result.predictions().mean()[i];
                    sigma[r] = result.predictions().sigma()[i];
                    fold[r] = f;
                }
            }
            for (int r = 0; r < rows; r++) {
                if (fold[r] < 0) {
                    throw new IllegalStateException("row " + r + " is in no test fold: no out-of-fold prediction");
                }
            }
            return new OutOfFold(mean, sigma, fold);
        }

        /** The fit times of the folds, in seconds. */
        public double[] fitSeconds() {
            return folds.stream().mapToDouble(Fold::fitSeconds).toArray();
        }
    }

    /** One prediction per row from the fold that did not train on it. */
    public record OutOfFold(double[] mean, double[] sigma, int[] fold) {
    }

    /** A procedure that is fitted on rows and then predicts others: a learner, or a whole model selection. */
    @FunctionalInterface
    interface Procedure {
        Predictor fit(TrainingSet train, long seed);
    }

    @FunctionalInterface
    interface Predictor {
        Predictions predict(double[][] x);
    }

    /** The seed fold {@code fold} is fitted with, derived from the run's seed. */
    public static long foldSeed(long seed, int fold) {
        return seed * 1_000_003L + fold;
    }

    /** Cross-validates the learner over the splits. */
    public static Result run(Learner learner, TrainingSet data, Folds folds, long seed) {
        return run((train, s) -> learner.fit(train, s)::predict, data, folds, seed);
    }

    static Result run(Procedure procedure, TrainingSet data, Folds folds, long seed) {
        if (folds.rows() != data.rows()) {
            throw new IllegalArgumentException("the folds index " + folds.rows() + " rows but the table has " + data.rows());
        }
        List<Fold> results = new ArrayList<>(folds.size());
        for (int f = 0; f < folds.size(); f++) {
            Folds.Split split = folds.splits().get(f);
            long start = System.nanoTime();
            Predictor model = procedure.fit(data.subset(split.train()), foldSeed(seed, f));
            double seconds = (System.nanoTime() - start) / 1e9;
            TrainingSet test = data.subset(split.test());
            Predictions p = model.predict(test.x());
            results.add(fold(data, split.test(), p, seconds));
        }
        return result(data, results);
    }

    /** A fold's result: its test rows' predictions scored against the table. */
    static Fold fold(TrainingSet data, int[] test, Predictions p, double fitSeconds) {
        double[] y = new double[test.length];
        for (int i = 0; i < test.length; i++) {
            y[i] = data.y()[test[i]];
        }
        return new Fold(test.clone(), p, fitSeconds, Metrics.of(y, p.mean(), p.sigma()));
    }

    /** The folds' results together: pooled and mean metrics. */
    static Result result(TrainingSet data, List<Fold> folds) {
        double[] y = folds.stream().flatMapToInt(f -> Arrays.stream(f.test())).mapToDouble(r -> data.y()[r]).toArray();
        double[] mean = folds.stream().flatMapToDouble(f -> Arrays.stream(f.predictions().mean())).toArray();
        double[] sigma = folds.stream().flatMapToDouble(f -> Arrays.stream(f.predictions().sigma())).toArray();
        return new Result(data.rows(), List.copyOf(folds), Metrics.of(y, mean, sigma), Metrics.average(folds.stream().map(Fold::metrics).toList()));
    }
}
