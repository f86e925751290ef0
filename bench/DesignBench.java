import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.matbank.design.Scores;
import org.matbank.design.Target;
import org.matbank.ml.GaussianProcess;
import org.matbank.ml.Learner;
import org.matbank.ml.Predictions;
import org.matbank.ml.RandomForest;
import org.matbank.ml.TrainingSet;

/**
 * The inverse-design benchmark (issue 8): simulated sequential learning over a finite pool of
 * measured materials, after Ling et al. 2017 (uncertainty-aware sequential learning) and the pool
 * protocol of Liang et al. 2021 (npj Comput. Mater. 7, 188).
 * <p>
 * Per dataset and seed: the pool is the unique input rows (replicates averaged); the top 1 % is
 * every pool material at least as good as the ceil(1 % of N)-th best (ties at that value count too,
 * so K may exceed ceil(N/100)); 10 pool rows drawn at random (seeded) are "measured" first; then a
 * MatBank learner is fitted on the measured rows, the rest of the pool is scored by an acquisition
 * of {@link Scores} on the raw (unrecalibrated) mean and sigma, and the best-scoring row (ties: the
 * lowest pool index) is measured next, until a top material is measured. The count includes the 10
 * starting rows (10 when the start already holds a top material) and is capped at the pool size.
 * Random search continues the same seeded shuffle; its analytic mean for drawing without
 * replacement is (N+1)/(K+1), raised to 10 here for draws that fall in the start.
 *
 * <pre>
 *   java -cp target/classes:$(cat target/bench-classpath.txt) bench/DesignBench.java /work/shared/data
 *        [--seeds 30] [--start 10] [--learner random-forest|gaussian-process] [--trees 100] [--noise true]
 *        [--strategies ei,ucb2] [--sets nims,agnp,autoam,crossed,p3ht,perovskite]
 * </pre>
 * The headline strategy is EI (expected improvement over the best measured value), fixed before any run.
 */
public class DesignBench {

    /** One pool: unique input rows, their (averaged) target and the objective direction. */
    record Pool(String name, List<String> features, double[][] x, double[] y, Target target, int rawRows) {

        int size() {
            return y.length;
        }

        boolean maximise() {
            return target.kind() == Target.Kind.MAXIMISE;
        }

        /** Pool indices of the top 1 %: at least as good as the ceil(1 % of N)-th best value. */
        boolean[] top() {
            int k = Math.max(1, (int) Math.ceil(0.01 * size()));
            double[] sorted = y.clone();
            Arrays.sort(sorted);
            double threshold = maximise() ? sorted[size() - k] : sorted[k - 1];
            boolean[] top = new boolean[size()];
            for (int i = 0; i < size(); i++) {
                top[i] = maximise() ? y[i] >= threshold : y[i] <= threshold;
            }
            return top;
        }
    }

    record Run(int experiments, boolean startHit) {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Map<String, String> o = new LinkedHashMap<>(Map.of("seeds", "30", "start", "10", "learner", "random-forest",
                "trees", "100", "noise", "true", "strategies", "ei,ucb2", "sets", "nims,agnp,autoam,crossed,p3ht,perovskite"));
        for (int i = 1; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int start = Integer.parseInt(o.get("start"));
        List<String> strategies = List.of(o.get("strategies").split(","));
        System.out.printf(Locale.ROOT, "# learner %s, default trees %s, start %d, strategies %s (headline: ei), single-threaded%n",
                o.get("learner"), o.get("trees"), start, strategies);
        List<String> summary = new ArrayList<>();
        for (String set : o.get("sets").split(",")) {
            Pool pool = load(data, set);
            int seeds = Integer.parseInt(o.get("seeds"));
            Learner learner = learner(o.get("learner"), Integer.parseInt(o.get("trees")), Boolean.parseBoolean(o.get("noise")));
            boolean[] top = pool.top();
            int k = (int) IntStream.range(0, top.length).filter(i -> top[i]).count();
            int n = pool.size();
            System.out.printf(Locale.ROOT, "%n## %s: %d rows -> pool of %d unique inputs, %d features, %s; top 1 %% = %d materials; "
                    + "learner %s %s; seeds 0..%d%n", set, pool.rawRows(), n, pool.features().size(), pool.target().kind(), k,
                    learner.kind(), learner.parameters(), seeds - 1);
            Run[] random = new Run[seeds];
            for (int s = 0; s < seeds; s++) {
                random[s] = randomSearch(pool, top, start, s);
            }
            double analytic = analytic(n, k, start);
            line("random", random, Double.NaN, 0);
            System.out.printf(Locale.ROOT, "%-8s analytic E = (N+1)/(K+1) = %.2f; with the start's floor of %d: %.2f%n",
                    "random", (n + 1.0) / (k + 1), start, analytic);
            double randomMean = mean(random);
            for (String strategy : strategies) {
                long t0 = System.nanoTime();
                Run[] runs = new Run[seeds];
                for (int s = 0; s < seeds; s++) {
                    runs[s] = sequential(pool, top, start, s, strategy, learner);
                }
                double wall = (System.nanoTime() - t0) / 1e9;
                line(strategy, runs, randomMean, wall);
                System.out.println("  per seed: " + Arrays.stream(runs).map(r -> String.valueOf(r.experiments())).toList());
                summary.add(String.format(Locale.ROOT, "| %s | %d | %d | %s | %.1f ± %.1f | %.1f | %d | %d | %.1f | %.1f | %.2fx | %.2fx | %s | %.1f s |",
                        set, n, k, strategy, mean(runs), sem(runs), median(runs), max(runs), Arrays.stream(runs).filter(Run::startHit).count(),
                        randomMean, analytic, randomMean / mean(runs), analytic / mean(runs),
                        randomMean / mean(runs) >= 3 ? "met" : "missed", wall));
            }
        }
        System.out.println("\n## summary (experiments incl. the start; start hit = seeds whose start held a top material; random: mean over the same seeds and analytic)");
        System.out.println("| set | N | K | strategy | mean ± s.e. | median | max | start hit | random mean | random analytic | random/strategy | analytic/strategy | >= 3x (random mean) | wall |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        summary.forEach(System.out::println);
    }

    /** The seeded order of the pool: its first {@code start} entries are the starting set. */
    static List<Integer> shuffled(int n, long seed) {
        List<Integer> order = IntStream.range(0, n).boxed().collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(order, new Random(seed));
        return order;
    }

    static Run randomSearch(Pool pool, boolean[] top, int start, long seed) {
        List<Integer> order = shuffled(pool.size(), seed);
        for (int i = 0; i < order.size(); i++) {
            if (top[order.get(i)]) {
                return new Run(Math.max(start, i + 1), i < start);
            }
        }
        throw new IllegalStateException("no top material in " + pool.name());
    }

    static Run sequential(Pool pool, boolean[] top, int start, long seed, String strategy, Learner learner) {
        int n = pool.size();
        List<Integer> order = shuffled(n, seed);
        boolean[] measured = new boolean[n];
        List<Integer> observed = new ArrayList<>(order.subList(0, Math.min(start, n)));
        for (int i : observed) {
            measured[i] = true;
            if (top[i]) {
                return new Run(observed.size(), true);
            }
        }
        while (observed.size() < n) {
            TrainingSet training = new TrainingSet(pool.features(), pool.x(), pool.y())
                    .subset(observed.stream().mapToInt(Integer::intValue).toArray());
            int[] rest = IntStream.range(0, n).filter(i -> !measured[i]).toArray();
            double[][] candidates = Arrays.stream(rest).mapToObj(i -> pool.x()[i]).toArray(double[][]::new);
            // a fresh fit per step, seeded by the run's seed and step so that a seed replays exactly
            Predictions p = learner.fit(training, seed * 100_003L + observed.size()).predict(candidates);
            double best = bestObserved(pool, training.y());
            int chosen = -1;
            double chosenScore = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < rest.length; r++) {
                double score = score(strategy, pool.target(), p.mean()[r], p.sigma()[r], best);
                if (chosen < 0 || score > chosenScore) { // strict: ties keep the lowest pool index
                    chosen = rest[r];
                    chosenScore = score;
                }
            }
            observed.add(chosen);
            measured[chosen] = true;
            if (top[chosen]) {
                return new Run(observed.size(), false);
            }
        }
        return new Run(n, false);
    }

    static double score(String strategy, Target target, double mean, double sigma, double best) {
        if (strategy.equals("ei")) {
            return Scores.expectedImprovement(target, mean, sigma, best);
        }
        if (strategy.startsWith("ucb")) {
            double kappa = Double.parseDouble(strategy.substring(3));
            // Scores gives mean ± kappa sigma in the objective's unit; negate for minimising so larger is better
            double ucb = Scores.upperConfidenceBound(target, mean, sigma, kappa);
            return target.kind() == Target.Kind.MAXIMISE ? ucb : -ucb;
        }
        throw new IllegalArgumentException("unknown strategy " + strategy + " (ei, ucbKAPPA)");
    }

    static double bestObserved(Pool pool, double[] y) {
        return pool.maximise() ? Arrays.stream(y).max().orElseThrow() : Arrays.stream(y).min().orElseThrow();
    }

    static Learner learner(String name, int trees, boolean noise) {
        return switch (name) {
            case "random-forest" -> new RandomForest(trees, 1.0, 1, RandomForest.UNLIMITED_DEPTH, noise);
            case "gaussian-process" -> new GaussianProcess();
            default -> throw new IllegalArgumentException("unknown learner " + name);
        };
    }

    /**
     * E[max(start, T)] for T the draw (1-based) of the first of K targets among N drawn without
     * replacement: P(T > t) = C(N-t, K) / C(N, K); without the floor this sums to (N+1)/(K+1).
     */
    static double analytic(int n, int k, int start) {
        double e = start;
        double survive = 1; // P(T > t), starting at t = 0
        for (int t = 1; t <= n - k; t++) {
            survive *= (double) (n - t - k + 1) / (n - t + 1);
            if (t >= start) {
                e += survive;
            }
        }
        return e;
    }

    static Pool load(Path data, String set) throws IOException {
        Path pv = data.resolve("pvlab-bo-benchmark");
        return switch (set) {
            case "nims" -> nims(data.resolve("nims-fatigue/nims_fatigue_agrawal2014.csv"));
            case "agnp" -> pvlab(set, pv.resolve("AgNP_dataset.csv"), Target.Kind.MINIMISE);
            case "autoam" -> pvlab(set, pv.resolve("AutoAM_dataset.csv"), Target.Kind.MAXIMISE);
            case "crossed" -> pvlab(set, pv.resolve("Crossed_barrel_dataset.csv"), Target.Kind.MAXIMISE);
            case "p3ht" -> pvlab(set, pv.resolve("P3HT_dataset.csv"), Target.Kind.MAXIMISE);
            case "perovskite" -> pvlab(set, pv.resolve("Perovskite_dataset.csv"), Target.Kind.MINIMISE);
            default -> throw new IllegalArgumentException("unknown set " + set);
        };
    }

    /** A pvlab CSV: every column but the last is an input, the last the target; identical input rows averaged. */
    static Pool pvlab(String name, Path csv, Target.Kind kind) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        String[] header = lines.get(0).replace("\uFEFF", "").split(",");
        List<String> features = List.of(Arrays.copyOf(header, header.length - 1));
        int last = header.length - 1;
        Map<String, List<double[]>> replicates = new LinkedHashMap<>(); // by input row, in order of first appearance
        for (String line : lines.subList(1, lines.size())) {
            double[] v = Arrays.stream(line.split(",")).mapToDouble(c -> Double.parseDouble(c.trim())).toArray();
            replicates.computeIfAbsent(Arrays.toString(Arrays.copyOf(v, last)), key -> new ArrayList<>()).add(v);
        }
        double[][] x = replicates.values().stream().map(g -> Arrays.copyOf(g.get(0), last)).toArray(double[][]::new);
        // plain summation in file order (not DoubleStream.average's compensated sum): the runs react even to the last bit of y
        double[] y = replicates.values().stream().mapToDouble(g -> g.stream().mapToDouble(v -> v[last]).reduce(0, Double::sum) / g.size()).toArray();
        return new Pool(name, features, x, y, new Target(header[header.length - 1], kind, Double.NaN, Double.NaN), lines.size() - 1);
    }

    /** NIMS fatigue: the 25 published features (all columns but the serial number and Fatigue), maximised. */
    static Pool nims(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv).stream().filter(l -> !l.isBlank()).toList();
        List<String> header = List.of(lines.get(0).split(","));
        int target = header.indexOf("Fatigue");
        int id = header.indexOf("Sl. No.");
        int[] columns = IntStream.range(0, header.size()).filter(j -> j != target && j != id).toArray();
        List<String> features = Arrays.stream(columns).mapToObj(header::get).toList();
        double[][] x = new double[lines.size() - 1][];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            String[] cells = lines.get(i + 1).split(",");
            x[i] = Arrays.stream(columns).mapToDouble(j -> Double.parseDouble(cells[j])).toArray();
            y[i] = Double.parseDouble(cells[target]);
        }
        return new Pool("nims", features, x, y, new Target("Fatigue", Target.Kind.MAXIMISE, Double.NaN, Double.NaN), x.length);
    }

    static void line(String name, Run[] runs, double randomMean, double wall) {
        long hits = Arrays.stream(runs).filter(Run::startHit).count();
        String ratio = Double.isNaN(randomMean) ? "" : String.format(Locale.ROOT, "; random/this = %.2fx (%s 3x); wall %.1f s",
                randomMean / mean(runs), randomMean / mean(runs) >= 3 ? "meets" : "misses", wall);
        System.out.printf(Locale.ROOT, "%-8s mean %.2f ± %.2f (s.e.), median %.1f, min %d, max %d experiments; start held a top material in %d of %d seeds%s%n",
                name, mean(runs), sem(runs), median(runs), Arrays.stream(runs).mapToInt(Run::experiments).min().orElseThrow(), max(runs),
                hits, runs.length, ratio);
    }

    static double mean(Run[] runs) {
        return Arrays.stream(runs).mapToInt(Run::experiments).average().orElseThrow();
    }

    /** The standard error of the mean over seeds. */
    static double sem(Run[] runs) {
        double m = mean(runs);
        double ss = Arrays.stream(runs).mapToDouble(r -> (r.experiments() - m) * (r.experiments() - m)).sum();
        return runs.length < 2 ? Double.NaN : Math.sqrt(ss / (runs.length - 1) / runs.length);
    }

    static double median(Run[] runs) {
        int[] v = Arrays.stream(runs).mapToInt(Run::experiments).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }

    static int max(Run[] runs) {
        return Arrays.stream(runs).mapToInt(Run::experiments).max().orElseThrow();
    }
}
