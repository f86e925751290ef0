package org.matbank.design;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matbank.ml.ModelPredictor;

/** Turns scored rows into {@link Candidate}s: named values and options, estimates per target, the Pareto flag. */
final class CandidateView {

    private final SpaceEncoding encoding;
    private final List<Target> targets;
    private final String[] units;
    private final Set<Scoring.Row> front;

    CandidateView(SpaceEncoding encoding, List<Target> targets, ModelPredictor[] predictors, Cost cost, List<Scoring.Row> front) {
        this.encoding = encoding;
        this.targets = targets;
        this.units = new String[targets.size()];
        for (int t = 0; t < units.length; t++) {
            units[t] = predictors[t] == null ? (cost == null ? "" : cost.unit()) : predictors[t].model().targetUnit();
        }
        this.front = Collections.newSetFromMap(new IdentityHashMap<>());
        this.front.addAll(front);
    }

    List<Candidate> candidates(List<Scoring.Row> rows) {
        List<Candidate> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Scoring.Row row = rows.get(i);
            Map<String, Double> values = new LinkedHashMap<>();
            for (int v = 0; v < row.x().length; v++) {
                values.put(encoding.variables().get(v), row.x()[v]);
            }
            Map<String, String> choices = new LinkedHashMap<>();
            for (int c = 0; c < row.choices().length; c++) {
                choices.put(encoding.choiceColumns().get(c), row.choices()[c]);
            }
            List<Candidate.Estimate> estimates = new ArrayList<>(targets.size());
            for (int t = 0; t < targets.size(); t++) {
                Target target = targets.get(t);
                estimates.add(new Candidate.Estimate(target.property(), row.mean()[t], row.sigma()[t], units[t],
                        target.isBound() ? Scores.probability(target, row.mean()[t], row.sigma()[t]) : null));
            }
            out.add(new Candidate(i + 1, values, choices, estimates, row.probability(), row.score(), front.contains(row), row.outside(), null));
        }
        return out;
    }
}
