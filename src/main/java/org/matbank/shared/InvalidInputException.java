package org.matbank.shared;

import java.util.List;

/**
 * A request that is refused as a whole, with every violation found. Thrown before anything is
 * written, or inside a transaction that it rolls back.
 */
public class InvalidInputException extends RuntimeException {

    private final Problem problem;
    private final List<Violation> violations;

    public InvalidInputException(Problem problem, List<Violation> violations) {
        super(summary(problem, violations));
        this.problem = problem;
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(Problem problem, Violation violation) {
        this(problem, List.of(violation));
    }

    public Problem problem() {
        return problem;
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String summary(Problem problem, List<Violation> violations) {
        String first = violations.isEmpty() ? "" : ": " + violations.get(0).path() + " " + violations.get(0).message();
        return problem.title() + " (" + violations.size() + " violation" + (violations.size() == 1 ? "" : "s") + ")" + first;
    }
}
