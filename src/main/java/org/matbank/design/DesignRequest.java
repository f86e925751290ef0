package org.matbank.design;

import java.util.List;
import java.util.UUID;

/**
 * What a design asks: where to search, for what, with which models and how. Unset numbers take
 * the defaults below; an unset space is the first model's training ranges
 * ({@link DesignSpaces#fromModel}).
 *
 * @param name the design's name (a design keeps its rounds under it)
 * @param space where to search; null: derived from the first model
 * @param targets what to reach: bounds to meet and objectives to improve, one per property
 * @param models the forward models, one per predicted property of the targets
 * @param cost prices for a {@code cost} target; null when no target names the cost
 * @param strategy sampling (default), cma-es or nsga2
 * @param acquisition the score; null: expected improvement with an objective, else probability
 * @param samples space-filling candidates drawn (sampling) or to start from (cma-es), default 2,000
 * @param population NSGA-II population, default 100
 * @param generations NSGA-II generations, default 300 (CMA-ES: 10 x generations evaluations after its samples)
 * @param candidates how many candidates to propose (the batch of next experiments), default 10
 * @param diversity the least distance between proposed candidates, as a share of the space's
 *     diagonal (each variable scaled to its range); default 0.05, 0 turns it off
 * @param seed the seed; the same request and models give the same candidates
 */
public record DesignRequest(String name, DesignSpace space, List<Target> targets, List<UUID> models, Cost cost, Strategy strategy,
        Acquisition acquisition, Integer samples, Integer population, Integer generations, Integer candidates, Double diversity, Long seed) {

    static final int MAX_SAMPLES = 100_000;
    static final int MAX_CANDIDATES = 200;

    public DesignRequest {
        targets = targets == null ? List.of() : List.copyOf(targets);
        models = models == null ? List.of() : List.copyOf(models);
    }

    /** The same request for a later round: its space, its models and its seed. */
    public DesignRequest with(DesignSpace otherSpace, List<UUID> otherModels, long otherSeed) {
        return new DesignRequest(name, otherSpace, targets, otherModels, cost, strategy, acquisition, samples, population, generations,
                candidates, diversity, otherSeed);
    }

    Strategy strategyOrDefault() {
        return strategy == null ? Strategy.SAMPLING : strategy;
    }

    Acquisition acquisitionOrDefault() {
        if (acquisition != null) {
            return acquisition;
        }
        return targets.stream().anyMatch(t -> !t.isBound()) ? Acquisition.EXPECTED_IMPROVEMENT : Acquisition.PROBABILITY;
    }

    int samplesOrDefault() {
        return samples == null ? 2_000 : samples;
    }

    int populationOrDefault() {
        return population == null ? 100 : population;
    }

    int generationsOrDefault() {
        return generations == null ? 300 : generations;
    }

    int candidatesOrDefault() {
        return candidates == null ? 10 : candidates;
    }

    double diversityOrDefault() {
        return diversity == null ? 0.05 : diversity;
    }

    long seedOrDefault() {
        return seed == null ? 0L : seed;
    }
}
