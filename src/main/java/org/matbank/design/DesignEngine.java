package org.matbank.design;

import io.jenetics.ext.moea.ParetoFront;
import io.jenetics.ext.moea.Vec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.matbank.access.Audience;
import org.matbank.ml.ModelPredictor;
import org.matbank.ml.ModelService;

/**
 * Runs one search of a design: checks the request and space, binds the targets to their models
 * (through {@link ModelService}, so the caller must see every model), searches by the strategy,
 * and returns a diverse, ranked batch of candidates with the Pareto front and the warnings.
 * Deterministic for a seed.
 */
public final class DesignEngine {

    static final int FRONT_LIMIT = 300;
    private static final int BATCH = 10_000;

    private DesignEngine() {
    }

    public static DesignOutcome run(DesignRequest request, ModelService models, Audience audience) {
        long started = System.nanoTime();
        DesignChecks.require(request);
        DesignBinding binding = DesignBinding.bind(request, models, audience);
        SpaceEncoding encoding = binding.encoding();
        ModelPredictor[] predictors = binding.predictors();
        Objectives objectives = new Objectives(binding.targets(), predictors,
                request.cost() == null ? new double[encoding.variables().size()] : Objectives.costTerms(request.cost(), encoding), encoding);
        Scoring scoring = new Scoring(objectives, request.acquisitionOrDefault());
        Evaluation evaluation = new Evaluation(encoding, objectives, scoring);
        long seed = request.seedOrDefault();
        switch (request.strategyOrDefault()) {
            case SAMPLING -> sample(evaluation, request.samplesOrDefault(), seed);
            case CMA_ES -> CmaEsSearch.run(evaluation, sample(evaluation, Math.min(request.samplesOrDefault(), 1000), seed),
                    10 * request.generationsOrDefault(), seed);
            case NSGA2 -> Nsga2Search.run(evaluation, request.populationOrDefault(), request.generationsOrDefault(), seed);
        }
        for (ModelPredictor p : predictors) {
            if (p != null) {
                models.recordUse(p);
            }
        }
        List<Scoring.Row> ranked = new ArrayList<>(evaluation.seen());
        ranked.sort(scoring.order());
        List<Scoring.Row> front = front(ranked, scoring);
        List<Scoring.Row> chosen = Diversity.select(ranked, request.candidatesOrDefault(), request.diversityOrDefault(), encoding);
        CandidateView view = new CandidateView(encoding, binding.targets(), predictors, request.cost(), front);
        List<Candidate> candidates = view.candidates(chosen);
        List<DesignOutcome.Warning> warnings = new ArrayList<>(binding.warnings());
        if (candidates.isEmpty()) {
            warnings.add(new DesignOutcome.Warning("design.candidates.none", "space", "no candidate met the space's rules in the draws allowed:"
                    + " the rules leave almost no room within the bounds; widen the bounds or loosen the rules"));
        }
        long outside = candidates.stream().filter(Candidate::outsideDomain).count();
        if (outside > 0) {
            warnings.add(new DesignOutcome.Warning("design.candidates.outside", "candidates", outside + " of the " + candidates.size()
                    + " candidates lie outside a model's training range: their predictions are extrapolations"));
        }
        return new DesignOutcome(encoding.space(), binding.targets(), Arrays.stream(predictors).map(p -> p == null ? null : p.model().id()).toList(),
                request.strategyOrDefault(), scoring.acquisition(), candidates, view.candidates(front.subList(0, Math.min(FRONT_LIMIT, front.size()))),
                warnings, evaluation.seen().size(), (System.nanoTime() - started) / 1e9);
    }

    private static List<Scoring.Row> sample(Evaluation evaluation, int n, long seed) {
        SpaceSampler.Genes drawn = SpaceSampler.genes(evaluation.encoding(), n, seed);
        double[][] genes = drawn.genes();
        List<Scoring.Row> rows = new ArrayList<>(genes.length);
        for (int from = 0; from < genes.length; from += BATCH) {
            int to = Math.min(genes.length, from + BATCH);
            rows.addAll(evaluation.evaluate(Arrays.copyOfRange(genes, from, to), Arrays.copyOfRange(drawn.values(), from, to),
                    Arrays.copyOfRange(drawn.choices(), from, to)));
        }
        return rows;
    }

    /** With more objectives than two, the front is sought among this many best-scored candidates (ParetoFront is quadratic in its size). */
    static final int FRONT_POOL = 20_000;

    /**
     * The candidates no other evaluated one dominates, in ranked order; of candidates with equal
     * objective vectors (several sure to meet a bound, say) only the best-ranked one.
     */
    static List<Scoring.Row> front(List<Scoring.Row> ranked, Scoring scoring) {
        List<Scoring.Row> rows;
        if (scoring.width() <= 2) {
            rows = sweep(ranked);
        } else {
            ParetoFront<Scoring.Row> front = new ParetoFront<>((a, b) -> Vec.dominance(a.objectives(), b.objectives()),
                    (a, b) -> Arrays.equals(a.objectives(), b.objectives()));
            front.addAll(ranked.subList(0, Math.min(FRONT_POOL, ranked.size())));
            rows = new ArrayList<>(front);
        }
        rows.sort(scoring.order());
        return rows;
    }

    /** The front of one or two objectives in O(n log n): by the first descending, keeping each that beats every earlier one on the second. */
    private static List<Scoring.Row> sweep(List<Scoring.Row> ranked) {
        List<Scoring.Row> order = new ArrayList<>(ranked);
        order.sort((a, b) -> {
            int first = Double.compare(b.objectives()[0], a.objectives()[0]);
            return first != 0 || a.objectives().length < 2 ? first : Double.compare(b.objectives()[1], a.objectives()[1]);
        });
        if (order.isEmpty() || order.get(0).objectives().length < 2) {
            return order.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(order.get(0)));
        }
        List<Scoring.Row> front = new ArrayList<>();
        double bestSecond = Double.NEGATIVE_INFINITY;
        for (Scoring.Row row : order) {
            if (row.objectives()[1] > bestSecond) {
                front.add(row);
                bestSecond = row.objectives()[1];
            }
        }
        return front;
    }
}
