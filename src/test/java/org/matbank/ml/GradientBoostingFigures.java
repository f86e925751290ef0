package org.matbank.ml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Dev main, not a test and not in the product: prints the cross-validated accuracy and the raw
 * calibration of sigma of gradient boosting on NIMS fatigue (10-fold) and concrete (the 20 UCI splits),
 * for both ways of making the members differ, and the batch prediction speed.
 * Run: java -cp target/classes:target/test-classes:$(cat cp.txt) org.matbank.ml.GradientBoostingFigures
 * [speed|calibration [rounds eta ensembleSize]] (cp.txt from mvn -o dependency:build-classpath).
 */
public final class GradientBoostingFigures {

    private static final Path DATA = Path.of("/work/shared/data");

    public static void main(String[] args) throws IOException {
        TrainingSet nims = nims();
        TrainingSet concrete = concrete();
        GradientBoosting defaults = GradientBoosting.defaults();
        if (args.length >= 4) { // speed|calibration rounds eta ensembleSize
            defaults = new GradientBoosting(Integer.parseInt(args[1]), Double.parseDouble(args[2]), defaults.maxDepth(),
                    defaults.subsample(), defaults.colsampleByTree(), defaults.minChildWeight(), defaults.lambda(),
                    Integer.parseInt(args[3]));
        }
        System.out.println(defaults);
        if (args.length > 0 && args[0].equals("speed")) {
            GradientBoostingRegressor model = defaults.fit(nims, 1);
            speed(model, nims);
            // for comparing with the Python predictor
            Files.write(Path.of(System.getProperty("java.io.tmpdir"), "nims-gb.json"), model.toJson());
            Predictions p = model.predict(nims.x());
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < nims.rows(); i++) {
                out.append(p.mean()[i]).append(' ').append(p.sigma()[i]).append('\n');
            }
            Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "nims-gb-java.txt"), out);
            return;
        }
        List<GradientBoosting.Resampling> schemes = args.length >= 4
                ? List.of(GradientBoosting.Resampling.BOOTSTRAP) : List.of(GradientBoosting.Resampling.values());
        for (GradientBoosting.Resampling r : schemes) {
            report("NIMS fatigue 10-fold, " + r, nims, kFold(nims.rows(), 10, 0), defaults, r);
            report("concrete 20 splits, " + r, concrete, concreteSplits(), defaults, r);
        }
    }

    static void report(String title, TrainingSet data, List<int[][]> folds, GradientBoosting learner,
            GradientBoosting.Resampling resampling) {
        List<double[]> rows = new ArrayList<>(); // y, mean, sigma
        long start = System.nanoTime();
        for (int[][] fold : folds) {
            GradientBoostingRegressor model = learner.fit(data.subset(fold[0]), 17, resampling);
            Predictions p = model.predict(data.subset(fold[1]).x());
            for (int i = 0; i < fold[1].length; i++) {
                rows.add(new double[] {data.y()[fold[1][i]], p.mean()[i], p.sigma()[i]});
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double mean = rows.stream().mapToDouble(r -> r[0]).average().orElseThrow();
        double ss = 0, sr = 0, abs = 0, z = 0, z2 = 0, in68 = 0, in95 = 0, sigma = 0;
        for (double[] r : rows) {
            double e = r[0] - r[1];
            ss += (r[0] - mean) * (r[0] - mean);
            sr += e * e;
            abs += Math.abs(e);
            z += e / r[2];
            z2 += (e / r[2]) * (e / r[2]);
            in68 += Math.abs(e) <= r[2] ? 1 : 0;
            in95 += Math.abs(e) <= 1.96 * r[2] ? 1 : 0;
            sigma += r[2];
        }
        int n = rows.size();
        System.out.printf("%-40s n=%d R2=%.4f MAE=%.3f RMSE=%.3f mean sigma=%.3f sd(res/sigma)=%.2f rms(res/sigma)=%.2f cover68=%.3f cover95=%.3f  %.1f s%n",
                title, n, 1 - sr / ss, abs / n, Math.sqrt(sr / n), sigma / n, Math.sqrt(z2 / n - (z / n) * (z / n)), Math.sqrt(z2 / n), in68 / n, in95 / n, seconds);
    }

    static void speed(GradientBoostingRegressor model, TrainingSet nims) {
        int n = 1_000_000;
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = nims.x()[i % nims.rows()];
        }
        model.predict(Arrays.copyOf(x, 10_000));
        long start = System.nanoTime();
        model.predict(x);
        double seconds = (System.nanoTime() - start) / 1e9;
        int trees = model.parameters().ensembleSize() * model.parameters().rounds();
        System.out.printf("predict %d rows, %d boosters x %d trees: %.1f s, %.0f rows/s (%.0f rows/s per booster)%n",
                n, model.parameters().ensembleSize(), model.parameters().rounds(), seconds, n / seconds,
                n / seconds * model.parameters().ensembleSize());
        System.out.printf("  (%d trees per row in all)%n", trees);
    }

    /** Shuffled k-fold: folds of consecutive positions of one random permutation. */
    static List<int[][]> kFold(int n, int k, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(seed));
        List<int[][]> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            int from = f * n / k;
            int to = (f + 1) * n / k;
            int[] test = order.subList(from, to).stream().mapToInt(Integer::intValue).toArray();
            List<Integer> rest = new ArrayList<>(order.subList(0, from));
            rest.addAll(order.subList(to, n));
            folds.add(new int[][] {rest.stream().mapToInt(Integer::intValue).toArray(), test});
        }
        return folds;
    }

    static TrainingSet nims() throws IOException {
        List<String> lines = Files.readAllLines(DATA.resolve("nims-fatigue/nims_fatigue_agrawal2014.csv"));
        String[] header = lines.get(0).split(",");
        List<String> features = Arrays.asList(header).subList(1, header.length - 1);
        double[][] x = new double[lines.size() - 1][];
        double[] y = new double[x.length];
        for (int i = 1; i < lines.size(); i++) {
            double[] v = Arrays.stream(lines.get(i).split(",")).mapToDouble(Double::parseDouble).toArray();
            x[i - 1] = Arrays.copyOfRange(v, 1, v.length - 1);
            y[i - 1] = v[v.length - 1];
        }
        return new TrainingSet(features, x, y);
    }

    static TrainingSet concrete() throws IOException {
        List<String> lines = Files.readAllLines(DATA.resolve("concrete-uci/data.txt")).stream().filter(l -> !l.isBlank()).toList();
        double[][] x = new double[lines.size()][];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] v = Arrays.stream(lines.get(i).trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
            x[i] = Arrays.copyOf(v, 8);
            y[i] = v[8];
        }
        return new TrainingSet(List.of("cement", "slag", "fly_ash", "water", "superplasticizer", "coarse", "fine", "age"), x, y);
    }

    static List<int[][]> concreteSplits() throws IOException {
        List<int[][]> splits = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            splits.add(new int[][] {indices("train", s), indices("test", s)});
        }
        return splits;
    }

    private static int[] indices(String part, int split) throws IOException {
        return Files.readAllLines(DATA.resolve("concrete-uci/splits/index_" + part + "_" + split + ".txt")).stream()
                .map(String::trim).filter(s -> !s.isEmpty()).mapToInt(s -> (int) Double.parseDouble(s)).toArray();
    }
}
