package org.matbank.ml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/** Trains the boosters of one ensemble, one after the other, each with its own seed. */
final class BoosterTraining {

    private final GradientBoosting parameters;
    private final TrainingSet data;
    private final GradientBoosting.Resampling resampling;

    BoosterTraining(GradientBoosting parameters, TrainingSet data, GradientBoosting.Resampling resampling) {
        this.parameters = parameters;
        this.data = data;
        this.resampling = resampling;
    }

    GradientBoostingRegressor ensemble(long seed) {
        if (data.rows() < 2) {
            throw new InvalidInputException(Problem.INVALID, new Violation("rows", "model.rows", data.rows(),
                    "gradient boosting needs at least 2 training rows, not " + data.rows()));
        }
        float[] flat = XgbRows.flatten(data.x(), data.features().size(), 0, data.rows());
        float[] labels = new float[data.rows()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (float) data.y()[i];
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Booster> members = new ArrayList<>();
        for (int m = 0; m < parameters.ensembleSize(); m++) {
            members.add(member(flat, labels, random.split()));
        }
        return GradientBoostingRegressor.of(data.features(), parameters, members);
    }

    /** One booster, on a matrix of its own: XGBoost caches the histogram cuts of a matrix with its weights. */
    private Booster member(float[] flat, float[] labels, SplittableRandom random) {
        DMatrix matrix = null;
        try {
            matrix = new DMatrix(flat, labels.length, data.features().size(), Float.NaN);
            matrix.setLabel(labels);
            if (resampling == GradientBoosting.Resampling.BOOTSTRAP) {
                matrix.setWeight(bootstrapCounts(random, labels.length));
            }
            return XGBoost.train(matrix, xgboostParameters(random.nextInt()), parameters.rounds(), new HashMap<>(), null, null);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed to train: " + e.getMessage(), e);
        } finally {
            if (matrix != null) {
                matrix.dispose();
            }
        }
    }

    /** How often each row is drawn in n draws with replacement: the bootstrap as row weights. */
    private static float[] bootstrapCounts(SplittableRandom random, int n) {
        float[] counts = new float[n];
        for (int i = 0; i < n; i++) {
            counts[random.nextInt(n)]++;
        }
        return counts;
    }

    private Map<String, Object> xgboostParameters(int seed) {
        Map<String, Object> p = new HashMap<>(GradientBoostingRegressor.RUNTIME);
        p.put("objective", "reg:squarederror");
        p.put("tree_method", "hist");
        p.put("eta", parameters.eta());
        p.put("max_depth", parameters.maxDepth());
        p.put("subsample", parameters.subsample());
        p.put("colsample_bytree", parameters.colsampleByTree());
        p.put("min_child_weight", parameters.minChildWeight());
        p.put("lambda", parameters.lambda());
        p.put("seed", seed);
        return p;
    }
}
