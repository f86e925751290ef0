package org.matbank.design;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * What one search of a design found.
 *
 * @param space the space searched (the models' default when the request had none)
 * @param targets the targets, bounds in SI
 * @param models the models that estimated them, in the order of the targets (null for the cost)
 * @param candidates the proposed batch, best first and spread out ({@link DesignRequest#diversity})
 * @param front the Pareto front of everything evaluated (at most {@link DesignEngine#FRONT_LIMIT}), best score first
 * @param warnings what the caller must know before trusting the candidates (extrapolation)
 * @param evaluated candidates predicted during the search
 * @param seconds the search's wall time
 */
public record DesignOutcome(DesignSpace space, List<Target> targets, List<UUID> models, Strategy strategy, Acquisition acquisition,
        List<Candidate> candidates, List<Candidate> front, List<Warning> warnings, int evaluated, double seconds) {

    public DesignOutcome {
        targets = List.copyOf(targets);
        models = Collections.unmodifiableList(new ArrayList<>(models));
        candidates = List.copyOf(candidates);
        front = List.copyOf(front);
        warnings = List.copyOf(warnings);
    }

    /**
     * A warning: its code (for the page's language), the request field it concerns and the message.
     */
    public record Warning(String code, String field, String message) {
    }
}
