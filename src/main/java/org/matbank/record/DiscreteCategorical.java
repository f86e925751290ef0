package org.matbank.record;

import java.util.Map;
import java.util.Set;

/** Several categories, each with a probability. */
public record DiscreteCategorical(Map<String, Double> probabilities) implements CategoricalValue {

    public DiscreteCategorical {
        probabilities = probabilities == null ? Map.of() : Map.copyOf(probabilities);
    }

    @Override
    public Set<String> categoriesNamed() {
        return probabilities.keySet();
    }
}
