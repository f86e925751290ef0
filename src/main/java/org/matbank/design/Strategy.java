package org.matbank.design;

import com.fasterxml.jackson.annotation.JsonValue;
import org.matbank.shared.JsonNames;

/** How a design searches its space. */
public enum Strategy {
    /** Space-filling candidates (Sobol), all predicted and ranked. */
    SAMPLING,
    /** Single-objective search of the score (CMA-ES, Hipparchus), started from the best sampled candidates. */
    CMA_ES,
    /** Multi-objective search of the Pareto front (NSGA-II, Jenetics). */
    NSGA2;

    @JsonValue
    public String json() {
        return JsonNames.of(this);
    }

    public static Strategy parse(String name) {
        return JsonNames.parse(Strategy.class, name);
    }
}
