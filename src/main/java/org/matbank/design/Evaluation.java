package org.matbank.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Evaluates genes in batches: decodes them into candidates ({@link SpaceEncoding}), drops those that
 * break a rule, estimates the rest with one model call per target and scores them. Every evaluated
 * candidate is kept, so that a search's whole history feeds the ranked list and the Pareto front.
 */
final class Evaluation {

    private final SpaceEncoding encoding;
    private final Objectives objectives;
    private final Scoring scoring;
    private final List<Scoring.Row> seen = new ArrayList<>();

    Evaluation(SpaceEncoding encoding, Objectives objectives, Scoring scoring) {
        this.encoding = encoding;
        this.objectives = objectives;
        this.scoring = scoring;
    }

    SpaceEncoding encoding() {
        return encoding;
    }

    Scoring scoring() {
        return scoring;
    }

    /** Every candidate evaluated so far, in order. */
    List<Scoring.Row> seen() {
        return seen;
    }

    /** Whether genes decode to a candidate within the space that meets its rules. */
    boolean valid(double[] genes) {
        double[] x = new double[encoding.variables().size()];
        return encoding.decode(genes, x, new String[encoding.choiceColumns().size()]) && encoding.meetsRules(x);
    }

    /** Rows of candidates already decoded and known to meet the rules (space-filling samples). */
    List<Scoring.Row> evaluate(double[][] genes, double[][] x, String[][] choices) {
        List<Scoring.Row> rows = scoring.rows(genes, x, choices, objectives.estimate(x));
        seen.addAll(rows);
        return rows;
    }

    /** The rows of the valid genes, in order; {@code null} in the result marks genes that were not valid. */
    List<Scoring.Row> evaluate(double[][] genes) {
        int n = genes.length;
        double[][] x = new double[n][];
        String[][] choices = new String[n][];
        int[] at = new int[n];
        int valid = 0;
        for (int i = 0; i < n; i++) {
            double[] values = new double[encoding.variables().size()];
            String[] chosen = new String[encoding.choiceColumns().size()];
            if (encoding.decode(genes[i], values, chosen) && encoding.meetsRules(values)) {
                x[valid] = values;
                choices[valid] = chosen;
                at[valid++] = i;
            }
        }
        double[][] validGenes = new double[valid][];
        for (int k = 0; k < valid; k++) {
            validGenes[k] = genes[at[k]];
        }
        List<Scoring.Row> rows = evaluate(validGenes, Arrays.copyOf(x, valid), Arrays.copyOf(choices, valid));
        List<Scoring.Row> out = new ArrayList<>(n);
        for (int i = 0, k = 0; i < n; i++) {
            out.add(k < valid && at[k] == i ? rows.get(k++) : null);
        }
        return out;
    }
}
