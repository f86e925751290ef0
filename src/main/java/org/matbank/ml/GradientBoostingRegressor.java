package org.matbank.ml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import tools.jackson.databind.JsonNode;

/**
 * A trained {@link GradientBoosting} ensemble: the mean of its boosters' predictions, sigma their
 * sample standard deviation. The boosters are the ones read back from the document
 * {@link #toJson()} writes, so a model and its document always predict alike.
 */
public final class GradientBoostingRegressor implements Regressor, Explained {

    /**
     * Settings of a booster that are not part of its model: one thread (OpenMP threads spin-wait and
     * were 15-45x slower on a busy 2-core machine) and no evaluation output on stdout.
     */
    static final Map<String, Object> RUNTIME = Map.of("nthread", 1, "verbosity", 0);

    /** Rows per XGBoost matrix when predicting: bounds the float copy of a large batch. */
    private static final int CHUNK = 1 << 16;

    private final List<String> features;
    private final GradientBoosting parameters;
    private final List<JsonNode> models;
    private final List<Booster> boosters;

    GradientBoostingRegressor(List<String> features, GradientBoosting parameters, List<JsonNode> models, List<Booster> boosters) {
        this.features = List.copyOf(features);
        this.parameters = parameters;
        this.models = List.copyOf(models);
        this.boosters = List.copyOf(boosters);
    }

    /** The ensemble of freshly trained boosters, as its document will hold it. */
    static GradientBoostingRegressor of(List<String> features, GradientBoosting parameters, List<Booster> trained) {
        List<JsonNode> models = new ArrayList<>();
        for (Booster b : trained) {
            try {
                models.add(GradientBoostingDocument.MAPPER.readTree(b.toByteArray("json")));
            } catch (XGBoostError e) {
                throw new IllegalStateException("XGBoost could not write a booster: " + e.getMessage(), e);
            } finally {
                b.dispose();
            }
        }
        return GradientBoostingDocument.regressor(features, parameters, models);
    }

    /** The model a {@link #toJson()} document holds; a document that is not one is refused with its faults. */
    public static GradientBoostingRegressor read(byte[] json) {
        return GradientBoostingDocument.read(json);
    }

    @Override
    public ModelKind kind() {
        return ModelKind.GRADIENT_BOOSTING;
    }

    @Override
    public List<String> features() {
        return features;
    }

    /** The hyper-parameters the model was trained with. */
    public GradientBoosting parameters() {
        return parameters;
    }

    @Override
    public Predictions predict(double[][] x) {
        double[] mean = new double[x.length];
        double[] sigma = new double[x.length];
        int n = boosters.size();
        for (int from = 0; from < x.length; from += CHUNK) {
            int to = Math.min(x.length, from + CHUNK);
            float[][] members = new float[n][];
            DMatrix matrix = XgbRows.matrix(x, features.size(), from, to);
            try {
                for (int m = 0; m < n; m++) {
                    members[m] = column(run(boosters.get(m), matrix, false));
                }
            } finally {
                matrix.dispose();
            }
            for (int i = from; i < to; i++) {
                double sum = 0;
                for (float[] member : members) {
                    sum += member[i - from];
                }
                double mu = sum / n;
                double squares = 0;
                for (float[] member : members) {
                    squares += (member[i - from] - mu) * (member[i - from] - mu);
                }
                mean[i] = mu;
                sigma[i] = Math.sqrt(squares / (n - 1));
            }
        }
        return new Predictions(mean, sigma);
    }

    /** Tree SHAP values of XGBoost, averaged over the boosters (the mean of additive explanations is one). */
    @Override
    public double[][] contributions(double[][] x) {
        int columns = features.size() + 1;
        double[][] out = new double[x.length][columns];
        DMatrix matrix = XgbRows.matrix(x, features.size(), 0, x.length);
        try {
            for (Booster b : boosters) {
                float[][] c = run(b, matrix, true);
                for (int i = 0; i < x.length; i++) {
                    for (int j = 0; j < columns; j++) {
                        out[i][j] += c[i][j] / boosters.size();
                    }
                }
            }
        } finally {
            matrix.dispose();
        }
        return out;
    }

    /** XGBoost documents prediction as thread safe; the lock costs nothing here and guards older natives. */
    private static float[][] run(Booster booster, DMatrix matrix, boolean contributions) {
        try {
            synchronized (booster) {
                return contributions ? booster.predictContrib(matrix, 0) : booster.predict(matrix);
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed to predict: " + e.getMessage(), e);
        }
    }

    private static float[] column(float[][] predictions) {
        float[] c = new float[predictions.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = predictions[i][0];
        }
        return c;
    }

    @Override
    public byte[] toJson() {
        return GradientBoostingDocument.write(features, parameters, models);
    }
}
