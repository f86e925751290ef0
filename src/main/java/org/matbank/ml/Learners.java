package org.matbank.ml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import tools.jackson.databind.json.JsonMapper;

/** The default learner of each model kind, learners with chosen hyper-parameters, and the candidates of the automatic choice. */
final class Learners {

    /** Plain names: hyper-parameters are named as the learners' record components (maxDepth). */
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private Learners() {
    }

    static Learner defaults(ModelKind kind) {
        switch (kind) {
            case GRADIENT_BOOSTING:
                return GradientBoosting.defaults();
            case RANDOM_FOREST:
                return new RandomForest();
            default:
                throw new IllegalArgumentException("no learner yet for " + kind.json());
        }
    }

    /**
     * The kind's learner with some hyper-parameters replaced (names in camelCase or snake_case).
     * An unknown name or a value out of its range is refused, naming it.
     */
    static Learner of(ModelKind kind, Map<String, Object> overrides) {
        Learner learner = defaults(kind);
        if (overrides.isEmpty()) {
            return learner;
        }
        Map<String, Object> merged = new LinkedHashMap<>(learner.parameters());
        List<Violation> problems = new ArrayList<>();
        overrides.forEach((name, value) -> {
            String key = camel(name);
            if (!merged.containsKey(key)) {
                problems.add(new Violation("parameters." + name, "model.parameter", name,
                        "a " + kind.json() + " model has no hyper-parameter '" + name + "'; it has " + merged.keySet()));
            } else {
                merged.put(key, value);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, problems);
        }
        try {
            return PLAIN.convertValue(merged, learner.getClass());
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof InvalidInputException refused) {
                    throw refused;
                }
            }
            throw new InvalidInputException(Problem.INVALID, new Violation("parameters", "model.parameter", overrides,
                    "the hyper-parameters of a " + kind.json() + " model must be numbers: " + e.getMessage()));
        }
    }

    /** The candidates nested cross-validation chooses among, for a training set of this many rows. */
    static List<ModelSelection.Candidate> candidates(int rows) {
        return List.of(ModelSelection.Candidate.of(GradientBoosting.defaults()));
    }

    private static String camel(String name) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return out.toString();
    }
}
