package org.matbank.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.matbank.record.Attribute;
import org.matbank.record.CompositionValue;
import org.matbank.record.EmpiricalFormula;
import org.matbank.record.NominalComposition;
import org.matbank.record.ObjectKind;
import org.matbank.record.RecordObject;
import org.matbank.shared.Elements;
import org.matbank.shared.Formulas;
import org.matbank.shared.Link;

/**
 * Flattens one material, its spec, its history and its measurements into {@link MaterialFacts}.
 * Each ingredient of the history becomes a fact of type "ingredient" ({@link IngredientFacts}).
 */
final class FactsBuilder {

    private final RecordObject material;
    private final TemplateInfo templates;
    private RecordObject spec;
    private List<RecordObject> history = List.of();
    private List<RecordObject> measurements = List.of();
    private boolean intermediate;
    private final List<MaterialFacts.Fact> facts = new ArrayList<>();
    private final Set<String> texts = new LinkedHashSet<>();
    private final Set<String> usedTemplates = new LinkedHashSet<>();

    FactsBuilder(RecordObject material, TemplateInfo templates) {
        this.material = material;
        this.templates = templates;
    }

    FactsBuilder spec(List<RecordObject> specs) {
        this.spec = specs.isEmpty() ? null : specs.get(0);
        return this;
    }

    FactsBuilder history(List<RecordObject> objects) {
        this.history = objects;
        return this;
    }

    FactsBuilder measurements(List<RecordObject> objects) {
        this.measurements = objects;
        return this;
    }

    FactsBuilder intermediate(boolean used) {
        this.intermediate = used;
        return this;
    }

    MaterialFacts build() {
        TemplateInfo.Info template = template(material);
        if (template == null && spec != null) {
            template = template(spec);
        }
        List<MaterialFacts.Component> composition = composition(material);
        if (composition.isEmpty() && spec != null) {
            composition = composition(spec);
        }
        describe(material);
        material.properties().forEach(a -> property(a, null));
        if (spec != null) {
            describe(spec);
            spec.properties().forEach(a -> property(a, null));
        }
        for (RecordObject m : measurements) {
            describe(m);
            String step = stepName(m);
            m.properties().forEach(a -> property(a, step));
            m.conditions().forEach(a -> fact("condition", a, null));
            m.parameters().forEach(a -> fact("parameter", a, step));
        }
        // an ingredient names its process by platform id or by an external id, as it was written
        Map<String, RecordObject> processes = new HashMap<>();
        for (RecordObject o : history) {
            describe(o);
            if (o.type() != null && o.type().family().equals("process")) {
                processes.put(Link.platform(o.id()).toString(), o);
                o.uids().forEach((scope, uid) -> processes.put(new Link(scope, uid).toString(), o));
                String step = stepName(o);
                o.parameters().forEach(a -> fact("parameter", a, step));
                o.conditions().forEach(a -> fact("condition", a, step));
            }
        }
        for (RecordObject o : history) {
            if (o.type() != null && o.type().family().equals("ingredient")) {
                RecordObject consumer = o.process() == null ? null : processes.get(o.process().toString());
                MaterialFacts.Fact amount = IngredientFacts.amount(o, consumer == null ? null : stepName(consumer));
                if (amount != null) {
                    facts.add(amount);
                }
            }
        }
        return new MaterialFacts(material.id(), material.type().json(), material.name(),
                template == null ? null : template.family(), template == null ? null : template.name(),
                material.author(), material.institution(), material.date(), material.createdAt(), intermediate,
                material.tags(), material.uids(), composition, facts, List.copyOf(texts), List.copyOf(usedTemplates),
                material.version(), spec == null || !material.type().equals(ObjectKind.MATERIAL_RUN) ? null : spec.id(), null);
    }

    private void property(Attribute a, String step) {
        if (!(a.value() instanceof CompositionValue)) {
            fact("property", a, null);
        }
        a.conditions().forEach(c -> fact("condition", c, step));
    }

    private void fact(String type, Attribute a, String step) {
        TemplateInfo.Info t = attributeTemplate(a);
        if (t != null) {
            texts.addAll(t.labels());
        }
        texts.add(a.name());
        facts.add(new MaterialFacts.Fact(type, a.name(), step, a.si() == null ? null : a.si().value(),
                a.si() == null ? null : a.si().unit(), ValueText.of(a.value()), a.origin().json()));
    }

    private void describe(RecordObject o) {
        add(o.name());
        add(o.notes());
        o.tags().forEach(this::add);
        TemplateInfo.Info t = template(o);
        if (t != null) {
            add(t.name());
            t.labels().forEach(this::add);
        }
    }

    private void add(String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
    }

    /**
     * The step a parameter belongs to: its process template's name. A process without a template
     * has no step name (its own name, "tempering of steel 12", differs for every material and would
     * make a column per material).
     */
    private String stepName(RecordObject o) {
        TemplateInfo.Info t = template(o);
        return t != null ? t.name() : null;
    }

    private TemplateInfo.Info template(RecordObject o) {
        return templateOf(o.template(), o.templateVersion());
    }

    private TemplateInfo.Info attributeTemplate(Attribute a) {
        return templateOf(a.template(), a.templateVersion());
    }

    private TemplateInfo.Info templateOf(Link link, Integer version) {
        if (link == null || !link.isPlatform()) {
            return null;
        }
        usedTemplates.add(link.platformId() + ":" + version);
        return templates.of(link.platformId(), version);
    }

    private static List<MaterialFacts.Component> composition(RecordObject o) {
        for (Attribute a : o.properties()) {
            if (a.value() instanceof NominalComposition c) {
                // GEMD leaves the basis open; materials data without one is almost always wt%
                String basis = c.basis() == null ? "mass" : c.basis().toLowerCase(Locale.ROOT);
                if (basis.equals("volume")) {
                    // vol% converts to neither basis without densities: the components are known, not the fractions
                    return c.quantities().keySet().stream().map(k -> new MaterialFacts.Component(k, null, null)).toList();
                }
                return components(c.quantities(), !basis.equals("atomic") && !basis.equals("molar"));
            }
            if (a.value() instanceof EmpiricalFormula f) {
                Map<String, Double> atoms = Formulas.parse(f.formula());
                return atoms == null ? List.of() : components(atoms, false);
            }
        }
        return List.of();
    }

    /**
     * Components with both fractions where the molar masses are known. The amounts of a nominal
     * composition come in a map whose order changes from one run of the JVM to the next
     * (Map.copyOf), and a sum of doubles taken in another order can differ in its last bit: a
     * component that sits on a bound (Cr 0.5 wt% asked as BETWEEN 0.5 wt% AND 2 wt%) went in or
     * out of a search from one rebuild to the next (about 400 of 1 M materials). So the sum is
     * exact, and the other basis is computed in name order: the same fractions whatever the order.
     */
    static List<MaterialFacts.Component> components(Map<String, Double> amounts, boolean mass) {
        double sum = exactSum(amounts.values());
        if (sum <= 0) {
            return List.of();
        }
        Map<String, Double> fractions = new LinkedHashMap<>();
        amounts.forEach((k, v) -> fractions.put(k, v == null ? 0 : v / sum));
        Map<String, Double> other = Elements.convert(new TreeMap<>(fractions), mass);
        List<MaterialFacts.Component> components = new ArrayList<>();
        fractions.forEach((name, f) -> {
            Double converted = other == null ? null : other.get(name);
            components.add(new MaterialFacts.Component(name, mass ? f : converted, mass ? converted : f));
        });
        return components;
    }

    /** The sum of the positive amounts, rounded once (so independent of their order). */
    private static double exactSum(Collection<Double> amounts) {
        BigDecimal exact = BigDecimal.ZERO;
        for (Double v : amounts) {
            if (v != null && v > 0) {
                if (!Double.isFinite(v)) {
                    return Double.POSITIVE_INFINITY;
                }
                exact = exact.add(new BigDecimal(v));
            }
        }
        return exact.doubleValue();
    }
}
