package org.matbank.ml;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A fitted Gaussian process: the standardised training rows, the weights α = K⁻¹y and the inverse
 * Cholesky factor L⁻¹ of K, so a prediction needs only kernel values and matrix-vector products.
 * Sigma includes the noise variance: it covers a new measurement, not only the latent function.
 */
public final class GaussianProcessRegressor implements Regressor {

    /** Rows predicted together. */
    private static final int BLOCK = 64;

    private final List<String> features;
    private final Kernel kernel;
    private final Standardisation scaling;
    private final double targetMean;
    private final double targetScale;
    private final double signalVariance;
    private final double[] lengthScales;
    private final double noiseVariance;
    private final double[][] trainingX;
    private final double[] alpha;
    private final double[][] inverseFactor;
    private final double[][] scaledX;

    GaussianProcessRegressor(List<String> features, Kernel kernel, Standardisation scaling, double targetMean,
            double targetScale, double signalVariance, double[] lengthScales, double noiseVariance,
            double[][] trainingX, double[] alpha, double[][] inverseFactor) {
        this.features = List.copyOf(features);
        this.kernel = kernel;
        this.scaling = scaling;
        this.targetMean = targetMean;
        this.targetScale = targetScale;
        this.signalVariance = signalVariance;
        this.lengthScales = lengthScales;
        this.noiseVariance = noiseVariance;
        this.trainingX = trainingX;
        this.alpha = alpha;
        this.inverseFactor = inverseFactor;
        this.scaledX = new double[trainingX.length][];
        for (int i = 0; i < trainingX.length; i++) {
            scaledX[i] = divide(trainingX[i]);
        }
    }

    /** The posterior given log hyper-parameters θ and standardised rows and target. */
    static GaussianProcessRegressor posterior(List<String> features, Kernel kernel, Standardisation scaling,
            double[] target, double[] theta, double[][] x, double[] y) {
        int d = features.size();
        double signal = Math.exp(theta[0]);
        double noise = Math.exp(theta[d + 1]);
        double[] ell = new double[d];
        for (int j = 0; j < d; j++) {
            ell[j] = Math.exp(theta[j + 1]);
        }
        int n = y.length;
        double[][] k = new double[n][];
        for (int a = 0; a < n; a++) {
            k[a] = new double[a + 1];
            for (int b = 0; b <= a; b++) {
                double r2 = 0;
                for (int j = 0; j < d; j++) {
                    double diff = (x[a][j] - x[b][j]) / ell[j];
                    r2 += diff * diff;
                }
                k[a][b] = signal * kernel.value(r2);
            }
        }
        double[][] l = Cholesky.factor(GpLikelihood.withDiagonal(k, noise + GpLikelihood.JITTER));
        if (l == null) {
            throw new IllegalStateException("kernel matrix not positive definite at the fitted hyper-parameters");
        }
        double[] alpha = Cholesky.backward(l, Cholesky.forward(l, y));
        return new GaussianProcessRegressor(features, kernel, scaling, target[0], target[1], signal, ell,
                noise + GpLikelihood.JITTER, x, alpha, Cholesky.inverse(l));
    }

    @Override
    public ModelKind kind() {
        return ModelKind.GAUSSIAN_PROCESS;
    }

    @Override
    public List<String> features() {
        return features;
    }

    /** ARD relevance in standard deviations of each feature: a small length scale marks an important feature. */
    public double[] lengthScales() {
        return lengthScales.clone();
    }

    @Override
    public Predictions predict(double[][] x) {
        double[] mean = new double[x.length];
        double[] sigma = new double[x.length];
        int blocks = (x.length + BLOCK - 1) / BLOCK;
        IntStream ids = IntStream.range(0, blocks);
        (blocks > 1 ? ids.parallel() : ids).forEach(b -> predictBlock(x, b * BLOCK, Math.min(x.length, (b + 1) * BLOCK), mean, sigma));
        return new Predictions(mean, sigma);
    }

    /**
     * Rows [from, to) together, so that the inverse factor (n²/2 values, larger than the caches) is
     * read once per block rather than once per row; sums run in the same order as in the Python module.
     */
    private void predictBlock(double[][] x, int from, int to, double[] mean, double[] sigma) {
        int rows = to - from;
        int n = alpha.length;
        double[][] kStar = new double[n][rows];
        for (int i = 0; i < rows; i++) {
            double[] k = kernelRow(x[from + i]);
            double m = 0;
            for (int t = 0; t < n; t++) {
                kStar[t][i] = k[t];
                m += alpha[t] * k[t];
            }
            mean[from + i] = targetMean + targetScale * m;
        }
        double[] explained = new double[rows];
        double[] v = new double[rows];
        for (int t = 0; t < n; t++) {
            double[] row = inverseFactor[t];
            java.util.Arrays.fill(v, 0);
            for (int s = 0; s <= t; s++) {
                double f = row[s];
                double[] ks = kStar[s];
                for (int i = 0; i < rows; i++) {
                    v[i] += f * ks[i];
                }
            }
            for (int i = 0; i < rows; i++) {
                explained[i] += v[i] * v[i];
            }
        }
        for (int i = 0; i < rows; i++) {
            sigma[from + i] = targetScale * Math.sqrt(Math.max(0, signalVariance - explained[i]) + noiseVariance);
        }
    }

    private double[] kernelRow(double[] row) {
        if (row.length != features.size()) {
            throw new IllegalArgumentException("row has " + row.length + " values for " + features.size() + " features");
        }
        double[] z = divide(scaling.apply(row));
        double[] kStar = new double[scaledX.length];
        for (int t = 0; t < scaledX.length; t++) {
            double[] xt = scaledX[t];
            double r2 = 0;
            for (int j = 0; j < z.length; j++) {
                double diff = z[j] - xt[j];
                r2 += diff * diff;
            }
            kStar[t] = signalVariance * kernel.value(r2);
        }
        return kStar;
    }

    private double[] divide(double[] z) {
        double[] out = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            out[j] = z[j] / lengthScales[j];
        }
        return out;
    }

    @Override
    public byte[] toJson() {
        return GaussianProcessJson.write(new GaussianProcessJson.Document(ModelKind.GAUSSIAN_PROCESS.json(), features,
                kernel.json(), scaling.mean(), scaling.scale(), targetMean, targetScale, signalVariance, lengthScales,
                noiseVariance, trainingX, alpha, inverseFactor));
    }

    static GaussianProcessRegressor read(byte[] json) {
        GaussianProcessJson.Document doc = GaussianProcessJson.read(json);
        return new GaussianProcessRegressor(doc.features(), Kernel.parse(doc.kernel()),
                new Standardisation(doc.featureMean(), doc.featureScale()), doc.targetMean(), doc.targetScale(),
                doc.signalVariance(), doc.lengthScales(), doc.noiseVariance(), doc.trainingX(), doc.alpha(),
                doc.inverseFactor());
    }
}
