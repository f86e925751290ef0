package org.matbank.ml;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A tiny learner for the evaluation tests only: k nearest neighbours on standardised features
 * (missing values skipped), mean = the neighbours' mean target, sigma = their spread.
 */
record NearestNeighbours(int k) implements Learner {

    @Override
    public ModelKind kind() {
        return ModelKind.LINEAR;
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("k", k);
    }

    @Override
    public Regressor fit(TrainingSet data, long seed) {
        int d = data.features().size();
        double[] centre = new double[d];
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            int col = j;
            double[] v = Arrays.stream(data.x()).mapToDouble(r -> r[col]).filter(x -> !Double.isNaN(x)).toArray();
            centre[j] = v.length == 0 ? 0 : Arrays.stream(v).average().orElse(0);
            double var = Arrays.stream(v).map(x -> (x - centre[col]) * (x - centre[col])).sum() / Math.max(1, v.length);
            scale[j] = var > 0 ? Math.sqrt(var) : 1;
        }
        return new Model(data, centre, scale, Math.min(k, data.rows()));
    }

    private record Model(TrainingSet data, double[] centre, double[] scale, int k) implements Regressor {

        @Override
        public ModelKind kind() {
            return ModelKind.LINEAR;
        }

        @Override
        public List<String> features() {
            return data.features();
        }

        @Override
        public Predictions predict(double[][] x) {
            double[] mean = new double[x.length];
            double[] sigma = new double[x.length];
            double[] dist = new double[data.rows()];
            Integer[] order = new Integer[data.rows()];
            for (int i = 0; i < x.length; i++) {
                for (int t = 0; t < dist.length; t++) {
                    double s = 0;
                    for (int j = 0; j < centre.length; j++) {
                        double a = x[i][j];
                        double b = data.x()[t][j];
                        if (!Double.isNaN(a) && !Double.isNaN(b)) {
                            s += Math.pow((a - b) / scale[j], 2);
                        }
                    }
                    dist[t] = s;
                    order[t] = t;
                }
                Arrays.sort(order, (p, q) -> Double.compare(dist[p], dist[q]));
                double sum = 0;
                double sq = 0;
                for (int n = 0; n < k; n++) {
                    double y = data.y()[order[n]];
                    sum += y;
                    sq += y * y;
                }
                mean[i] = sum / k;
                sigma[i] = Math.sqrt(Math.max(1e-12, sq / k - mean[i] * mean[i]));
            }
            return new Predictions(mean, sigma);
        }

        @Override
        public byte[] toJson() {
            return new byte[0];
        }
    }
}
