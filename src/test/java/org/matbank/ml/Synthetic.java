package org.matbank.ml;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;

/** Synthetic tables with a known answer, and fixed-function models, for the evaluation tests. */
final class Synthetic {

    private Synthetic() {
    }

    /** x0, x1 uniform on [0, 1); y = f(x0, x1) + normal noise of sd {@code noise}. */
    static TrainingSet table(int rows, DoubleBinaryOperator f, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[rows][];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            x[i] = new double[] {random.nextDouble(), random.nextDouble()};
            y[i] = f.applyAsDouble(x[i][0], x[i][1]) + noise * gaussian(random);
        }
        return new TrainingSet(List.of("x0", "x1"), x, y);
    }

    static double gaussian(SplittableRandom random) {
        // Box-Muller
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** A learner that ignores the data: predicts f(x0, x1) with a fixed sigma. */
    static Learner known(DoubleBinaryOperator f, double sigma) {
        return new Learner() {
            @Override
            public ModelKind kind() {
                return ModelKind.LINEAR;
            }

            @Override
            public java.util.Map<String, Object> parameters() {
                return java.util.Map.of("sigma", sigma);
            }

            @Override
            public Regressor fit(TrainingSet data, long seed) {
                return function(f, sigma);
            }
        };
    }

    static Regressor function(DoubleBinaryOperator f, double sigma) {
        return new Regressor() {
            @Override
            public ModelKind kind() {
                return ModelKind.LINEAR;
            }

            @Override
            public List<String> features() {
                return List.of("x0", "x1");
            }

            @Override
            public Predictions predict(double[][] x) {
                double[] mean = new double[x.length];
                double[] s = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    mean[i] = f.applyAsDouble(x[i][0], x[i][1]);
                    s[i] = sigma;
                }
                return new Predictions(mean, s);
            }

            @Override
            public byte[] toJson() {
                return new byte[0];
            }
        };
    }
}
