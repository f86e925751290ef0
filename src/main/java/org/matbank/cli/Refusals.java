package org.matbank.cli;

import java.io.PrintWriter;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Violation;

/** A refused command's reasons on standard error, one "place: message" a line, and its exit code. */
final class Refusals {

    /** The exit code of a command refused for its input. */
    static final int EXIT = 2;

    private Refusals() {
    }

    static int print(InvalidInputException refused, PrintWriter err) {
        for (Violation v : refused.violations()) {
            err.println(v.path() + ": " + v.message());
        }
        return EXIT;
    }
}
