package org.matbank.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses among candidate learners by an inner cross-validation (lowest RMSE of the out-of-fold
 * predictions; ties broken by NLL, then by the order of the candidates) and recalibrates the chosen
 * one's sigma on the same out-of-fold predictions. {@link #evaluate} runs the whole procedure inside
 * each outer split (nested cross-validation), so the outer test rows never choose anything: its
 * metrics are an honest estimate of what {@link #fit} on all rows delivers. Single-threaded and
 * deterministic for a seed.
 */
public final class ModelSelection {

    /** A learner under a name (a kind's default, or a variant of its hyper-parameters). */
    public record Candidate(String name, Learner learner) {

        /** Named by its kind and parameters, e.g. {@code random-forest{trees=500}}. */
        public static Candidate of(Learner learner) {
            return new Candidate(learner.kind().json() + new TreeMap<>(learner.parameters()), learner);
        }
    }

    /**
     * A candidate's inner cross-validation: raw (uncalibrated) out-of-fold metrics, total fit time,
     * and the recalibration it would get if chosen.
     */
    public record Score(String candidate, Metrics metrics, double fitSeconds, Recalibration recalibration) {
    }

    /** What the inner cross-validation chose, every candidate's score, and the chosen one's recalibration. */
    public record Choice(int index, Candidate candidate, List<Score> scores, Recalibration recalibration) {
    }

    /** The chosen candidate fitted on all rows, its sigma scaled by the recalibration. */
    public record Selected(Choice choice, Regressor model) {

        public Predictions predict(double[][] x) {
            return choice.recalibration().apply(model.predict(x));
        }
    }

    /**
     * The nested cross-validation of the procedure: outer metrics of the recalibrated predictions,
     * the choice made in each outer split, and the choice on all rows.
     */
    public record Report(CrossValidation.Result outer, List<Choice> perOuterFold, Selected selected) {

        /** How often each candidate was chosen in the outer splits, by name. */
        public Map<String, Integer> choiceCounts() {
            Map<String, Integer> counts = new TreeMap<>();
            perOuterFold.forEach(c -> counts.merge(c.candidate().name(), 1, Integer::sum));
            return counts;
        }
    }

    private final List<Candidate> candidates;
    private final int innerFolds;

    /** Candidates to choose among (at least one, names unique) and the number of inner folds (at least 2). */
    public ModelSelection(List<Candidate> candidates, int innerFolds) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("model selection needs at least one candidate");
        }
        if (candidates.stream().map(Candidate::name).distinct().count() != candidates.size()) {
            throw new IllegalArgumentException("candidate names must be unique: " + candidates.stream().map(Candidate::name).toList());
        }
        if (innerFolds < 2) {
            throw new IllegalArgumentException("inner folds must be at least 2, not " + innerFolds);
        }
        this.candidates = List.copyOf(candidates);
        this.innerFolds = innerFolds;
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    /** The inner cross-validation on these rows (k = inner folds, fewer when the rows are fewer). */
    public Choice choose(TrainingSet data, long seed) {
        Folds inner = Folds.kFold(data.rows(), Math.min(innerFolds, data.rows()), seed);
        List<Score> scores = new ArrayList<>(candidates.size());
        List<CrossValidation.Result> results = new ArrayList<>(candidates.size());
        int best = 0;
        for (int c = 0; c < candidates.size(); c++) {
            // the same folds and fold seeds for every candidate: differences are the learners'
            CrossValidation.Result r = CrossValidation.run(candidates.get(c).learner(), data, inner, seed);
            results.add(r);
            scores.add(new Score(candidates.get(c).name(), r.pooled(), Arrays.stream(r.fitSeconds()).sum(), Recalibration.of(data, r)));
            if (better(r.pooled(), results.get(best).pooled())) {
                best = c;
            }
        }
        return new Choice(best, candidates.get(best), List.copyOf(scores), scores.get(best).recalibration());
    }

    private static boolean better(Metrics a, Metrics b) {
        double tolerance = 1e-12 * Math.max(Math.abs(a.rmse()), Math.abs(b.rmse()));
        if (Math.abs(a.rmse() - b.rmse()) > tolerance) {
            return a.rmse() < b.rmse();
        }
        return a.nll() < b.nll();
    }

    /** Chooses on all rows, then fits the chosen candidate on all of them. */
    public Selected fit(TrainingSet data, long seed) {
        Choice choice = choose(data, seed);
        return new Selected(choice, choice.candidate().learner().fit(data, seed));
    }

    /** The nested cross-validation over the outer splits, then the choice on all rows. */
    public Report evaluate(TrainingSet data, Folds outer, long seed) {
        List<Choice> choices = new ArrayList<>(outer.size());
        CrossValidation.Result result = CrossValidation.run((train, s) -> {
            Selected selected = fit(train, s);
            choices.add(selected.choice());
            return selected::predict;
        }, data, outer, seed);
        return new Report(result, List.copyOf(choices), fit(data, seed));
    }
}
