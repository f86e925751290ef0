import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.matbank.ml.GaussianProcess;
import org.matbank.ml.Kernel;
import org.matbank.ml.Learner;
import org.matbank.ml.Linear;
import org.matbank.ml.Predictions;
import org.matbank.ml.Regressor;
import org.matbank.ml.TrainingSet;

/**
 * Accuracy and calibration of the Gaussian process and the linear baseline on concrete (UCI, the 20
 * standard 90/10 splits) and NIMS fatigue (10-fold, seed 1), and batch prediction speed.
 * Run: mvn -B -o -q compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt &&
 * java -cp target/classes:$(cat /tmp/cp.txt) bench/GpLinearBench.java [models] [splits]
 * where models is a comma list of gp-matern, gp-se, linear (default all) and splits the number of concrete
 * splits (0: only the speed measurement).
 */
public class GpLinearBench {

    public static void main(String[] args) throws Exception {
        String models = args.length > 0 ? args[0] : "gp-matern,gp-se,linear";
        int splits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path concrete = Path.of("/work/shared/data/concrete-uci");
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(concrete.resolve("data.txt"))) {
            if (!line.isBlank()) {
                rows.add(java.util.Arrays.stream(line.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray());
            }
        }
        TrainingSet cset = set(rows, List.of("cement", "slag", "ash", "water", "superplasticizer", "coarse", "fine", "age"), 8);
        List<String> lines = Files.readAllLines(Path.of("/work/shared/data/nims-fatigue/nims_fatigue_agrawal2014.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        List<double[]> nrows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            double[] v = java.util.Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray();
            nrows.add(java.util.Arrays.copyOfRange(v, 1, v.length));
        }
        TrainingSet nset = set(nrows, header.subList(1, 26), 25);
        for (String model : models.split(",")) {
            Learner learner = switch (model) {
                case "gp-matern" -> new GaussianProcess();
                case "gp-se" -> new GaussianProcess(Kernel.SQUARED_EXPONENTIAL, 3000, 3, 150, 1000);
                default -> new Linear();
            };
            Stats c = new Stats();
            for (int s = 0; s < splits; s++) {
                int[] train = indices(concrete.resolve("splits/index_train_" + s + ".txt"));
                int[] test = indices(concrete.resolve("splits/index_test_" + s + ".txt"));
                c.add(learner, cset.subset(train), cset.subset(test), s);
            }
            if (splits == 0) {
                speed(learner, cset, model, concrete);
                continue;
            }
            System.out.printf("concrete %-10s %s%n", model, c);
            Stats f = new Stats();
            int n = nset.rows();
            int[] order = IntStream.range(0, n).toArray();
            Random random = new Random(1);
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int k = 0; k < 10; k++) {
                final int fold = k;
                int[] test = IntStream.range(0, n).filter(i -> i % 10 == fold).map(i -> order[i]).toArray();
                int[] train = IntStream.range(0, n).filter(i -> i % 10 != fold).map(i -> order[i]).toArray();
                f.add(learner, nset.subset(train), nset.subset(test), k);
            }
            System.out.printf("nims     %-10s %s%n", model, f);
            speed(learner, cset, model, concrete);
        }
    }

    /** Rows per second predicting 100 000 rows (concrete mixes with random ages) from the split-0 model. */
    static void speed(Learner learner, TrainingSet cset, String model, Path concrete) throws Exception {
        {
            Regressor r = learner.fit(cset.subset(indices(concrete.resolve("splits/index_train_0.txt"))), 0);
            double[][] batch = new double[100_000][];
            Random g = new Random(2);
            for (int i = 0; i < batch.length; i++) {
                batch[i] = cset.x()[g.nextInt(cset.rows())].clone();
                batch[i][7] = g.nextDouble() * 365;
            }
            r.predict(java.util.Arrays.copyOf(batch, 2000));
            long t0 = System.nanoTime();
            r.predict(batch);
            double sec = (System.nanoTime() - t0) / 1e9;
            System.out.printf("speed    %-10s %.0f rows/s (100000 rows in %.2f s), json %d bytes%n", model, batch.length / sec, sec, r.toJson().length);
        }
    }

    static TrainingSet set(List<double[]> rows, List<String> names, int target) {
        double[][] x = new double[rows.size()][];
        double[] y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = java.util.Arrays.copyOf(rows.get(i), target);
            y[i] = rows.get(i)[target];
        }
        return new TrainingSet(names, x, y);
    }

    static int[] indices(Path file) throws Exception {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).mapToInt(l -> (int) Double.parseDouble(l.trim())).toArray();
    }

    static final class Stats {
        double rmse, nll, zsd, c68, c95, r2, seconds;
        int runs;

        void add(Learner learner, TrainingSet train, TrainingSet test, long seed) {
            long t0 = System.nanoTime();
            Regressor r = learner.fit(train, seed);
            seconds += (System.nanoTime() - t0) / 1e9;
            Predictions p = r.predict(test.x());
            int n = test.rows();
            double se = 0, ll = 0, zs = 0, zz = 0, in68 = 0, in95 = 0, ym = 0, ss = 0;
            for (double v : test.y()) {
                ym += v / n;
            }
            for (int i = 0; i < n; i++) {
                double res = test.y()[i] - p.mean()[i];
                double z = res / p.sigma()[i];
                se += res * res;
                ss += (test.y()[i] - ym) * (test.y()[i] - ym);
                ll += 0.5 * Math.log(2 * Math.PI * p.sigma()[i] * p.sigma()[i]) + 0.5 * z * z;
                zs += z;
                zz += z * z;
                in68 += Math.abs(z) <= 1 ? 1 : 0;
                in95 += Math.abs(z) <= 1.96 ? 1 : 0;
            }
            rmse += Math.sqrt(se / n);
            nll += ll / n;
            zsd += Math.sqrt((zz - zs * zs / n) / (n - 1));
            c68 += in68 / n;
            c95 += in95 / n;
            r2 += 1 - se / ss;
            runs++;
        }

        @Override
        public String toString() {
            return String.format("RMSE %.3f  R2 %.3f  NLL %.3f  sd(z) %.3f  cov68 %.3f  cov95 %.3f  fit %.2f s/split (%d runs)",
                    rmse / runs, r2 / runs, nll / runs, zsd / runs, c68 / runs, c95 / runs, seconds / runs, runs);
        }
    }
}
