package org.matbank.ml;

import java.lang.reflect.RecordComponent;
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
            case GAUSSIAN_PROCESS:
                return new GaussianProcess();
            case LINEAR:
                return new Linear();
            default:
                throw new IllegalArgumentException("no learner for " + kind.json());
        }
    }

    /**
     * The kind's learner with some hyper-parameters replaced (named as its record components, in camelCase or snake_case).
     * An unknown name or a value out of its range is refused, naming it.
     */
    static Learner of(ModelKind kind, Map<String, Object> overrides) {
        Learner learner = defaults(kind);
        if (overrides.isEmpty()) {
            return learner;
        }
        // the learner's record components by a name without case or underscores: maxDepth, max_depth, MAX_DEPTH
        Map<String, Object> merged = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (RecordComponent c : learner.getClass().getRecordComponents()) {
            try {
                merged.put(c.getName(), c.getAccessor().invoke(learner));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            names.put(plain(c.getName()), c.getName());
        }
        List<Violation> problems = new ArrayList<>();
        overrides.forEach((name, value) -> {
            String key = names.get(plain(name));
            if (key == null) {
                problems.add(new Violation("parameters." + name, "model.parameter", name,
                        "a " + kind.json() + " model has no hyper-parameter '" + name + "'; it has " + learner.parameters().keySet()));
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

    /** Up to this many rows the automatic choice also tries a Gaussian process (its fit grows as n³). */
    static final int SMALL_DATA = 300;

    /**
     * The candidates nested cross-validation chooses among, for a training set of this many rows:
     * gradient boosting, random forest and the linear baseline, and for small data the Gaussian process.
     */
    static List<ModelSelection.Candidate> candidates(int rows) {
        List<ModelSelection.Candidate> candidates = new ArrayList<>(List.of(ModelSelection.Candidate.of(GradientBoosting.defaults()),
                ModelSelection.Candidate.of(new RandomForest()), ModelSelection.Candidate.of(new Linear())));
        if (rows <= SMALL_DATA) {
            candidates.add(ModelSelection.Candidate.of(new GaussianProcess()));
        }
        return candidates;
    }

    private static String plain(String name) {
        return name.replace("_", "").toLowerCase(java.util.Locale.ROOT);
    }
}
