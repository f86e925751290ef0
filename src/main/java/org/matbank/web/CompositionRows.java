package org.matbank.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.matbank.record.Attribute;
import org.matbank.record.EmpiricalFormula;
import org.matbank.record.NominalComposition;
import org.matbank.record.RecordObject;
import org.matbank.shared.Elements;
import org.matbank.shared.Formulas;

/**
 * A material's composition as the page shows it: each component with its amount as entered and,
 * where the components are elements and the basis is known, both mass and atomic percent (one is
 * computed from the other with standard atomic weights). wt% and at% are never confused: a
 * composition of unknown basis shows its amounts as entered only.
 */
final class CompositionRows {

    /** A component: amount as entered, mass and atomic percent where known. */
    record Row(String component, String entered, Double mass, Double atomic) {

        public String massText() {
            return mass == null ? "" : SearchTable.shown(mass);
        }

        public String atomicText() {
            return atomic == null ? "" : SearchTable.shown(atomic);
        }
    }

    /** The composition of {@code attribute} (its label) on object {@code source}; {@code basis} as recorded. */
    record Composition(String attribute, String source, String basis, List<Row> rows) {
    }

    private CompositionRows() {
    }

    /** The first composition the objects carry (the material's own before its spec's), if any. */
    static Optional<Composition> of(List<RecordObject> objects, TemplateLabels labels) {
        for (RecordObject o : objects) {
            for (Attribute a : o.properties()) {
                if (a.value() instanceof NominalComposition c && !c.quantities().isEmpty()) {
                    return Optional.of(new Composition(labels.of(a), o.name(), c.basis(), rows(c.quantities(), c.basis(), false)));
                }
                if (a.value() instanceof EmpiricalFormula f && Formulas.parse(f.formula()) != null) {
                    return Optional.of(new Composition(labels.of(a), o.name(), "atomic", rows(Formulas.parse(f.formula()), "atomic", true)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The rows; {@code relative}: the amounts are proportions (a formula), else shares of a whole that
     * are shown as percentages only when they add up to it (1 or 100 within 2 %): a spec listing its
     * alloying elements alone (Cr 1.2, Mo 0.3 wt%) must not read as 80 % chromium.
     */
    private static List<Row> rows(Map<String, Double> amounts, String basis, boolean relative) {
        boolean byMass = "mass".equals(basis);
        boolean byAtoms = "atomic".equals(basis) || "molar".equals(basis);
        Map<String, Double> given = normalised(amounts, relative);
        Map<String, Double> other = (byMass || byAtoms) && given != null ? Elements.convert(given, byMass) : null;
        Map<String, Double> mass = byMass ? given : byAtoms ? other : null;
        Map<String, Double> atomic = byAtoms ? given : byMass ? other : null;
        List<Row> rows = new ArrayList<>();
        amounts.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.nullsLast(Comparator.<Double>reverseOrder()))
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> rows.add(new Row(e.getKey(), e.getValue() == null ? "" : SearchTable.shown(e.getValue()),
                        percent(mass, e.getKey()), percent(atomic, e.getKey()))));
        return rows;
    }

    /** Fractions summing to 1, or null when the amounts cannot be (missing, negative, all zero, not a whole). */
    private static Map<String, Double> normalised(Map<String, Double> amounts, boolean relative) {
        double total = 0;
        for (Double v : amounts.values()) {
            if (v == null || !Double.isFinite(v) || v < 0) {
                return null;
            }
            total += v;
        }
        if (total <= 0 || !relative && Math.abs(total - 1) > 0.02 && Math.abs(total - 100) > 2) {
            return null;
        }
        Map<String, Double> fractions = new LinkedHashMap<>();
        double sum = total;
        amounts.forEach((k, v) -> fractions.put(k, v / sum));
        return fractions;
    }

    private static Double percent(Map<String, Double> fractions, String component) {
        Double f = fractions == null ? null : fractions.get(component);
        return f == null ? null : f * 100;
    }
}
