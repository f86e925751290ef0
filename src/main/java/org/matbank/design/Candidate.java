package org.matbank.design;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A proposed recipe: the values of the space's variables (table columns, in SI or the
 * composition's unit) and options, what the models predict for each target with its calibrated
 * sigma, and its score.
 *
 * @param rank 1 for the best
 * @param probability the probability of meeting every bound target (1 without bounds)
 * @param pareto whether no other evaluated candidate is at least as good for every target and better for one
 * @param outsideDomain whether a model extrapolates (an input outside its training range)
 * @param spec the planned experiment saved from this candidate, once saved
 */
public record Candidate(int rank, Map<String, Double> values, Map<String, String> choices, List<Estimate> estimates, double probability,
        double score, boolean pareto, boolean outsideDomain, UUID spec) {

    public Candidate {
        // in the space's order, whatever the JVM: CSV columns, the command line and JSON keep it
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
        estimates = List.copyOf(estimates);
    }

    /** The same candidate, saved as the spec {@code id}. */
    public Candidate saved(UUID id) {
        return new Candidate(rank, values, choices, estimates, probability, score, pareto, outsideDomain, id);
    }

    /**
     * A target's estimate for the candidate, in the property's SI unit.
     *
     * @param probability the probability of meeting the target (null for an objective)
     */
    public record Estimate(String property, double mean, double sigma, String unit, Double probability) {
    }
}
