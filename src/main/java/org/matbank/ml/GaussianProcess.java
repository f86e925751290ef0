package org.matbank.ml;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/**
 * Gaussian-process regression for small data: constant × stationary kernel with one length scale
 * per feature (automatic relevance determination) plus white noise, on standardised features and
 * target. Hyper-parameters maximise the log marginal likelihood (Rasmussen & Williams 2006, §5.4)
 * by L-BFGS in log space: a default start and {@code restarts − 1} seeded random starts are each
 * optimised on a seeded subset of 250 rows, the best is refined on up to {@code optimisationRows}
 * rows (a seeded subset when there are more); the posterior then uses every row.
 *
 * @param kernel the kernel shape
 * @param maxRows the largest training set accepted (cost grows with rows³)
 * @param restarts optimiser starts (≥ 1)
 * @param maxEvaluations likelihood evaluations per start
 * @param optimisationRows rows used to fit the hyper-parameters
 */
public record GaussianProcess(Kernel kernel, int maxRows, int restarts, int maxEvaluations, int optimisationRows)
        implements Learner {

    /** Rows on which every start is screened before the best one is refined. */
    private static final int SCREEN_ROWS = 250;

    /** The defaults: Matérn 5/2 (see docs/models/gaussian_process.md for the measurement). */
    public GaussianProcess() {
        this(Kernel.MATERN_52, 3000, 3, 150, 1000);
    }

    public GaussianProcess {
        java.util.Objects.requireNonNull(kernel, "kernel");
        if (maxRows < 2 || restarts < 1 || maxEvaluations < 1 || optimisationRows < 2) {
            throw new IllegalArgumentException("invalid Gaussian-process settings");
        }
    }

    @Override
    public ModelKind kind() {
        return ModelKind.GAUSSIAN_PROCESS;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kernel", kernel.json());
        p.put("max_rows", maxRows);
        p.put("restarts", restarts);
        p.put("max_evaluations", maxEvaluations);
        p.put("optimisation_rows", optimisationRows);
        return p;
    }

    @Override
    public GaussianProcessRegressor fit(TrainingSet data, long seed) {
        if (data.rows() > maxRows) {
            throw new InvalidInputException(Problem.INVALID, new Violation("training_set.rows", "gaussian-process.max-rows",
                    data.rows(), "a Gaussian process trains on at most " + maxRows + " rows (its cost grows with the cube of the rows);"
                            + " use gradient boosting or a random forest for " + data.rows() + " rows"));
        }
        if (data.rows() < 2 || data.features().isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, new Violation("training_set.rows", "gaussian-process.min-rows",
                    data.rows(), "a Gaussian process needs at least 2 rows and 1 feature"));
        }
        int d = data.features().size();
        Standardisation scaling = Standardisation.of(data.x(), d);
        double[][] x = scaling.apply(data.x());
        double[] target = Standardisation.ofTarget(data.y());
        double[] y = new double[data.rows()];
        for (int i = 0; i < y.length; i++) {
            y[i] = (data.y()[i] - target[0]) / target[1];
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] theta = optimise(subset(new GpLikelihood(kernel, x, y), optimisationRows, random), d, random);
        return GaussianProcessRegressor.posterior(data.features(), kernel, scaling, target, theta, x, y);
    }

    private double[] optimise(GpLikelihood likelihood, int d, SplittableRandom random) {
        double[] lower = new double[d + 2];
        double[] upper = new double[d + 2];
        lower[0] = Math.log(1e-2);
        upper[0] = Math.log(1e2);
        Arrays.fill(lower, 1, d + 1, Math.log(1e-2));
        Arrays.fill(upper, 1, d + 1, Math.log(1e3));
        lower[d + 1] = Math.log(1e-6);
        upper[d + 1] = Math.log(2);
        // screen every start on a small subset (cheap), then refine the best on the optimisation rows
        GpLikelihood screen = subset(likelihood, SCREEN_ROWS, random);
        double[] best = null;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int r = 0; r < restarts; r++) {
            double[] start = new double[d + 2];
            double spread = r == 0 ? 0 : 1;
            start[0] = spread * random.nextDouble(-1, 1);
            for (int j = 1; j <= d; j++) {
                start[j] = 0.5 * Math.log(d) + spread * random.nextDouble(-1.5, 1.5);
            }
            start[d + 1] = r == 0 ? Math.log(0.1) : random.nextDouble(Math.log(1e-3), Math.log(0.5));
            double[] theta = restarts == 1 ? start : Lbfgs.minimise(screen::value, start, lower, upper, maxEvaluations);
            double value = screen.value(theta, null);
            if (value < bestValue || best == null) {
                best = theta;
                bestValue = value;
            }
        }
        best = Lbfgs.minimise(likelihood::value, best, lower, upper, maxEvaluations);
        return best;
    }

    /** A seeded random subset of at most size rows of the likelihood's data. */
    private static GpLikelihood subset(GpLikelihood full, int size, SplittableRandom random) {
        double[][] x = full.x();
        double[] y = full.y();
        if (y.length <= size) {
            return full;
        }
        int[] order = new int[y.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double[][] sx = new double[size][];
        double[] sy = new double[size];
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(order.length - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            sx[i] = x[order[i]];
            sy[i] = y[order[i]];
        }
        return new GpLikelihood(full.kernel(), sx, sy);
    }

    /** The model a {@link GaussianProcessRegressor#toJson()} document holds. */
    public static Regressor read(byte[] json) {
        return GaussianProcessRegressor.read(json);
    }
}
