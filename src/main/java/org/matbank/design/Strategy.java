package org.matbank.design;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

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
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Strategy parse(String name) {
        for (Strategy s : values()) {
            if (s.json().equalsIgnoreCase(name) || s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        return null;
    }
}
