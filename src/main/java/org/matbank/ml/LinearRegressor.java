package org.matbank.ml;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fitted ridge regression: intercept plus coefficients on standardised features, and the
 * posterior covariance of those coefficients for the predictive sigma (format in docs/models/linear.md).
 */
public final class LinearRegressor implements Regressor {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    /** The JSON document; coefficients and covariance are per standardised feature. */
    record Document(String format, String kind, List<String> features, double[] featureMean, double[] featureScale,
            double intercept, double[] coefficients, double lambda, double noiseVariance, double interceptVariance,
            double[][] covariance) {
    }

    private final List<String> features;
    private final Standardisation scaling;
    private final double intercept;
    private final double[] beta;
    private final double lambda;
    private final double noiseVariance;
    private final double interceptVariance;
    private final double[][] covariance;

    LinearRegressor(List<String> features, Standardisation scaling, double intercept, double[] beta, double lambda,
            double noiseVariance, double interceptVariance, double[][] covariance) {
        this.features = List.copyOf(features);
        this.scaling = scaling;
        this.intercept = intercept;
        this.beta = beta;
        this.lambda = lambda;
        this.noiseVariance = noiseVariance;
        this.interceptVariance = interceptVariance;
        this.covariance = covariance;
    }

    @Override
    public ModelKind kind() {
        return ModelKind.LINEAR;
    }

    @Override
    public List<String> features() {
        return features;
    }

    /** The slopes in the features' own units (target unit per feature unit). */
    public double[] coefficients() {
        double[] c = new double[beta.length];
        for (int j = 0; j < c.length; j++) {
            c[j] = beta[j] / scaling.scale()[j];
        }
        return c;
    }

    /** The ridge penalty used, on standardised features. */
    public double lambda() {
        return lambda;
    }

    @Override
    public Predictions predict(double[][] x) {
        double[] mean = new double[x.length];
        double[] sigma = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != features.size()) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " values for " + features.size() + " features");
            }
            double[] z = scaling.apply(x[i]);
            double m = intercept;
            double quad = 0;
            for (int a = 0; a < z.length; a++) {
                m += beta[a] * z[a];
                double row = 0;
                for (int b = 0; b < z.length; b++) {
                    row += covariance[a][b] * z[b];
                }
                quad += z[a] * row;
            }
            mean[i] = m;
            sigma[i] = Math.sqrt(noiseVariance + interceptVariance + Math.max(0, quad));
        }
        return new Predictions(mean, sigma);
    }

    @Override
    public byte[] toJson() {
        return JSON.writeValueAsBytes(new Document(GaussianProcessJson.FORMAT, ModelKind.LINEAR.json(), features,
                scaling.mean(), scaling.scale(), intercept, beta, lambda, noiseVariance, interceptVariance, covariance));
    }

    static LinearRegressor read(byte[] json) {
        Document doc = JSON.readValue(json, Document.class);
        if (!GaussianProcessJson.FORMAT.equals(doc.format()) || !ModelKind.LINEAR.json().equals(doc.kind())) {
            throw new IllegalArgumentException("not a linear-model document: " + doc.format() + " " + doc.kind());
        }
        int d = doc.features().size();
        if (doc.featureMean().length != d || doc.featureScale().length != d || doc.coefficients().length != d
                || doc.covariance().length != d) {
            throw new IllegalArgumentException("linear-model document has inconsistent array sizes");
        }
        return new LinearRegressor(doc.features(), new Standardisation(doc.featureMean(), doc.featureScale()),
                doc.intercept(), doc.coefficients(), doc.lambda(), doc.noiseVariance(), doc.interceptVariance(),
                doc.covariance());
    }
}
