package org.matbank.ml;

import java.util.List;
import java.util.stream.IntStream;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/**
 * A fitted {@link RandomForest}: the mean of its trees, and as sigma the square root of the
 * jackknife variance of that mean ({@link Jackknife}) plus, when fitted with noise, the
 * out-of-bag noise variance. Keeps each tree's in-bag counts, which the jackknife needs.
 */
public final class RandomForestRegressor implements Regressor {

    /** Weight of the infinitesimal jackknife in the variance; the jackknife-after-bootstrap has the rest. */
    static final double IJ_WEIGHT = 0.5;
    private static final int BLOCK = 128;
    /** Below this many blocks a batch is predicted on the caller's thread. */
    private static final int PARALLEL_BLOCKS = 16;

    private final List<String> features;
    private final Tree[] trees;
    private final int[][] inBag;
    private final double noiseVariance;
    private final double[] importance;
    private final ForestProvenance provenance;
    private final Jackknife jackknife;
    private final LockstepTree[] lockstep;

    RandomForestRegressor(List<String> features, Tree[] trees, int[][] inBag, double noiseVariance,
            double[] importance, ForestProvenance provenance) {
        this.features = List.copyOf(features);
        this.trees = trees;
        this.inBag = inBag;
        this.noiseVariance = noiseVariance;
        this.importance = importance;
        this.provenance = provenance;
        this.jackknife = new Jackknife(inBag, IJ_WEIGHT);
        this.lockstep = new LockstepTree[trees.length];
        for (int b = 0; b < trees.length; b++) {
            lockstep[b] = new LockstepTree(trees[b]);
        }
    }

    @Override
    public ModelKind kind() {
        return ModelKind.RANDOM_FOREST;
    }

    @Override
    public List<String> features() {
        return features;
    }

    /** Each feature's share of the squared-error reduction of all splits (sums to 1 unless no tree split). */
    public double[] importance() {
        return importance.clone();
    }

    /** The out-of-bag noise variance sigma includes (0 when the forest was fitted without noise). */
    public double noiseVariance() {
        return noiseVariance;
    }

    @Override
    public Predictions predict(double[][] x) {
        checkWidth(x);
        double[] mean = new double[x.length];
        double[] sigma = new double[x.length];
        int blocks = (x.length + BLOCK - 1) / BLOCK;
        IntStream range = IntStream.range(0, blocks);
        (blocks > PARALLEL_BLOCKS ? range.parallel() : range).forEach(k -> predictBlock(x, k * BLOCK,
                Math.min(x.length, (k + 1) * BLOCK), mean, sigma));
        return new Predictions(mean, sigma);
    }

    /** The mean alone: the trees' average, without the jackknife. */
    @Override
    public double[] predictMean(double[][] x) {
        checkWidth(x);
        double[] mean = new double[x.length];
        int blocks = (x.length + BLOCK - 1) / BLOCK;
        IntStream range = IntStream.range(0, blocks);
        (blocks > PARALLEL_BLOCKS ? range.parallel() : range).forEach(k -> {
            int from = k * BLOCK;
            int rows = Math.min(x.length, (k + 1) * BLOCK) - from;
            int[] node = new int[rows];
            double[] t = new double[rows];
            for (LockstepTree tree : lockstep) {
                tree.predict(x, from, rows, node, t);
                for (int r = 0; r < rows; r++) {
                    mean[from + r] += t[r];
                }
            }
            for (int r = 0; r < rows; r++) {
                mean[from + r] /= trees.length;
            }
        });
        return mean;
    }

    private void checkWidth(double[][] x) {
        for (int r = 0; r < x.length; r++) {
            if (x[r] == null || x[r].length != features.size()) {
                throw new InvalidInputException(Problem.INVALID, new Violation("x[" + r + "]", "predict.width",
                        x[r] == null ? null : x[r].length,
                        "row " + r + " needs " + features.size() + " feature values in the model's order"));
            }
        }
    }

    /** Tree by tree over a block of rows, so that each tree stays in the cache while it is used. */
    private void predictBlock(double[][] x, int from, int to, double[] mean, double[] sigma) {
        int rows = to - from;
        double[][] t = new double[trees.length][rows];
        int[] node = new int[rows];
        for (int b = 0; b < trees.length; b++) {
            lockstep[b].predict(x, from, rows, node, t[b]);
        }
        double[] m = new double[rows];
        for (double[] tb : t) {
            for (int r = 0; r < rows; r++) {
                m[r] += tb[r];
            }
        }
        for (int r = 0; r < rows; r++) {
            m[r] /= trees.length;
        }
        for (double[] tb : t) {
            for (int r = 0; r < rows; r++) {
                tb[r] -= m[r];
            }
        }
        double[] variance = new double[rows];
        jackknife.variances(t, rows, variance);
        for (int r = 0; r < rows; r++) {
            mean[from + r] = m[r];
            sigma[from + r] = Math.sqrt(variance[r] + noiseVariance);
        }
    }

    @Override
    public byte[] toJson() {
        return ForestJson.write(this);
    }

    Tree[] trees() {
        return trees;
    }

    int[][] inBag() {
        return inBag;
    }

    ForestProvenance provenance() {
        return provenance;
    }
}
