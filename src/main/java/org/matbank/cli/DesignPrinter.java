package org.matbank.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.matbank.design.Candidate;
import org.matbank.design.Design;
import org.matbank.design.DesignOutcome;

/** A design's latest round on the terminal: the history, the warnings and the ranked candidates. */
final class DesignPrinter {

    /** Candidates whose recipes are printed in full; the rest are in the CSV (--out). */
    static final int SHOWN = 3;

    private DesignPrinter() {
    }

    static void print(Design design, PrintWriter out) {
        Design.Round round = design.latest();
        DesignOutcome outcome = round.outcome();
        out.println("Design " + design.name() + " id " + design.id() + ", round " + round.round() + " (" + outcome.strategy().json() + ", "
                + outcome.acquisition().json() + ", " + outcome.evaluated() + " candidates evaluated in "
                + String.format(Locale.ROOT, "%.1f", outcome.seconds()) + " s)");
        for (Design.Round r : design.rounds()) {
            out.println("  round " + r.round() + ": " + r.experiments() + " experiments, best " + (r.best() == null ? "-" : r.best()));
        }
        for (DesignOutcome.Warning w : outcome.warnings()) {
            out.println("  warning: " + w.message());
        }
        for (Candidate c : outcome.candidates()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  #%-3d score %-10.4g p %-6.3f", c.rank(), c.score(), c.probability()));
            for (Candidate.Estimate e : c.estimates()) {
                line.append(String.format(Locale.ROOT, "  %s %.4g ± %.3g %s", e.property(), e.mean(), e.sigma(), e.unit()));
            }
            if (c.outsideDomain()) {
                line.append("  (extrapolation)");
            }
            out.println(line);
            if (c.rank() > SHOWN) {
                continue;
            }
            c.values().forEach((variable, value) -> out.printf(Locale.ROOT, "        %-60s %.6g%n", variable, value));
            c.choices().forEach((variable, option) -> out.printf(Locale.ROOT, "        %-60s %s%n", variable, option));
        }
    }
}
