package org.matbank.design;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.matbank.ml.Model;
import org.matbank.shared.Units;

/**
 * What a caller must know before trusting a design's candidates: a bound target beyond every value
 * its model learnt from (the candidates can only be extrapolations, and their probability rests on
 * the model's uncertainty far from its data), and model inputs the space leaves unset (predicted as
 * missing values).
 */
final class DesignWarnings {

    private DesignWarnings() {
    }

    /** @param asked the targets as the caller wrote them (in their units), {@code targets} the same in SI */
    static List<DesignOutcome.Warning> of(List<Target> asked, List<Target> targets, List<Model> models, SpaceEncoding encoding) {
        List<DesignOutcome.Warning> warnings = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            Model model = models.get(t);
            if (model == null) {
                continue;
            }
            double[] measured = Objectives.measured(model);
            if (measured.length > 0) {
                extrapolation(asked.get(t), targets.get(t), "targets[" + t + "]", measured[0], measured[measured.length - 1], model.targetUnit(),
                        warnings);
            }
            // an input left unset is missing; that is extrapolation only where the training data always had it
            List<String> unset = model.inputs().columns().stream()
                    .filter(c -> !encoding.variables().contains(c) && !encoding.space().ties().containsKey(c))
                    .filter(c -> !everMissing(model, c)).toList();
            if (!unset.isEmpty()) {
                warnings.add(new DesignOutcome.Warning("design.model.inputs", "space", "the space does not set " + unset.size()
                        + " input(s) of the model of '" + model.target() + "' that every material it learnt from had, so it"
                        + " predicts them as missing, which it has never seen: " + unset));
            }
        }
        return warnings;
    }

    private static boolean everMissing(Model model, String column) {
        int j = model.domain().features().indexOf(column);
        return j >= 0 && model.domain().missing()[j];
    }

    private static void extrapolation(Target asked, Target target, String field, double min, double max, String siUnit,
            List<DesignOutcome.Warning> out) {
        boolean ownUnit = asked.unit() != null && !asked.unit().isBlank();
        String unit = ownUnit ? asked.unit() : siUnit;
        String range = format(ownUnit ? Units.convert(min, siUnit, unit) : min) + " to " + format(ownUnit ? Units.convert(max, siUnit, unit) : max)
                + (unit.isEmpty() ? "" : " " + unit);
        boolean beyond = switch (target.kind()) {
            case AT_LEAST -> target.low() > max;
            case AT_MOST -> target.high() < min;
            case WITHIN -> target.low() > max || target.high() < min;
            default -> false;
        };
        if (beyond) {
            out.add(new DesignOutcome.Warning("design.target.extrapolation", field, "no material the model learnt from comes near '"
                    + target.property() + "' " + target.kind().json() + " " + bounds(asked) + (unit.isEmpty() ? "" : " " + unit) + " (they range from " + range
                    + "): every candidate is an extrapolation, and its probability rests on the model's uncertainty far from its data"));
        }
    }

    private static String bounds(Target t) {
        return switch (t.kind()) {
            case AT_LEAST -> format(t.low());
            case AT_MOST -> format(t.high());
            default -> format(t.low()) + " to " + format(t.high());
        };
    }

    static String format(double value) {
        return new BigDecimal(String.format(Locale.ROOT, "%.4g", value)).stripTrailingZeros().toPlainString();
    }
}
