package org.matbank.design;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.matbank.access.Audience;
import org.matbank.ml.Model;
import org.matbank.ml.ModelPrediction;
import org.matbank.ml.ModelService;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;

/**
 * Candidates of a design space ranked by one model: sampled ({@link SpaceSampler}), predicted with
 * calibrated sigma, and scored by the probability of meeting the bound targets on the model's
 * property (or, for an objective, the upper confidence bound). Through {@link ModelService}, so
 * the caller must see the model's data.
 */
public final class Ranking {

    /** A ranked candidate: its values (table columns, SI), prediction and score. */
    public record Ranked(Map<String, Double> values, double mean, double sigma, boolean outsideDomain, double score) {
    }

    private Ranking() {
    }

    public static List<Ranked> rank(ModelService models, UUID modelId, Audience audience, DesignSpace space, Target target, int samples,
            int top, long seed) {
        Model model = models.get(modelId, audience);
        if (!target.property().equals(model.target())) {
            throw new InvalidInputException(Problem.INVALID, new Violation("target.property", "design.target.property", target.property(),
                    "the model predicts '" + model.target() + "', not '" + target.property() + "'"));
        }
        SpaceSampler.Candidates candidates = SpaceSampler.sample(space, samples, seed);
        List<Map<String, Object>> rows = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            rows.add(new LinkedHashMap<>(candidates.row(i)));
        }
        List<ModelPrediction> predictions = rows.isEmpty() ? List.of() : models.predict(modelId, rows, audience);
        List<Ranked> ranked = new ArrayList<>(predictions.size());
        for (int i = 0; i < predictions.size(); i++) {
            ModelPrediction p = predictions.get(i);
            double score = target.isBound() ? Scores.probability(target, p.value(), p.sigma())
                    : Scores.upperConfidenceBound(target, p.value(), p.sigma(), 2);
            ranked.add(new Ranked(candidates.row(i), p.value(), p.sigma(), p.outsideDomain(), score));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return List.copyOf(ranked.subList(0, Math.min(top, ranked.size())));
    }
}
