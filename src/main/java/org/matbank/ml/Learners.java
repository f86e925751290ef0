package org.matbank.ml;

import java.util.List;

/** The default learner of each model kind, and the candidates of the automatic choice. */
final class Learners {

    private Learners() {
    }

    static Learner defaults(ModelKind kind) {
        switch (kind) {
            case GRADIENT_BOOSTING:
                return GradientBoosting.defaults();
            default:
                throw new IllegalArgumentException("no learner yet for " + kind.json());
        }
    }

    /** The candidates nested cross-validation chooses among, for a training set of this many rows. */
    static List<ModelSelection.Candidate> candidates(int rows) {
        return List.of(ModelSelection.Candidate.of(GradientBoosting.defaults()));
    }
}
