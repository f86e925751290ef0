package org.matbank.design;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.matbank.shared.JsonNames;

/**
 * Where a design may search: compositions, process parameters, categorical options and linear
 * rules over them. A variable is named as the table column it sets: {@code composition:C} for a
 * component of the group {@code composition}, {@code parameter:tempering/tempering temperature}
 * for a parameter.
 *
 * @param compositions groups of components whose amounts sum to the group's total
 * @param parameters process parameters, each within a range
 * @param choices categorical variables, each with its options
 * @param rules linear rules over the variables, such as C + Mn <= 1.2 (wt%)
 * @param ties table columns that always equal a variable (a melting recipe's element fraction and the
 *     composition's), so that models reading either see one value: column to variable
 */
public record DesignSpace(List<Composition> compositions, List<Parameter> parameters, List<Choice> choices, List<Rule> rules,
        Map<String, String> ties) {

    public DesignSpace {
        compositions = compositions == null ? List.of() : List.copyOf(compositions);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        choices = choices == null ? List.of() : List.copyOf(choices);
        rules = rules == null ? List.of() : List.copyOf(rules);
        ties = ties == null ? Map.of() : Map.copyOf(ties);
    }

    /** A space without ties. */
    public DesignSpace(List<Composition> compositions, List<Parameter> parameters, List<Choice> choices, List<Rule> rules) {
        this(compositions, parameters, choices, rules, Map.of());
    }

    /**
     * A composition: its components' amounts (in {@code unit}, e.g. wt%) sum to {@code total}.
     *
     * @param name the group's name, the prefix of its variables ("composition")
     * @param required components every candidate has (amount above 0)
     * @param forbidden components no candidate has
     * @param maxComponents the most components with an amount above 0 (null: no limit)
     */
    public record Composition(String name, String unit, double total, List<Component> components, Set<String> required,
            Set<String> forbidden, Integer maxComponents) {

        public Composition {
            Objects.requireNonNull(name, "name");
            components = components == null ? List.of() : List.copyOf(components);
            required = required == null ? Set.of() : Set.copyOf(required);
            forbidden = forbidden == null ? Set.of() : Set.copyOf(forbidden);
        }

        /** The share of its maximum a required component without a minimum has at least, so that it is present, not a trace. */
        public static final double REQUIRED_SHARE = 0.01;

        /**
         * The least amount of a component in a candidate: 0 if forbidden; for a required one without a
         * minimum, {@link #REQUIRED_SHARE} of its maximum; else its minimum.
         */
        public double least(Component c) {
            if (forbidden.contains(c.name())) {
                return 0;
            }
            return required.contains(c.name()) && c.min() <= 0 ? REQUIRED_SHARE * c.max() : c.min();
        }

        /** The variable of a component: "composition:C". */
        public String variable(String component) {
            return name + ":" + component;
        }
    }

    /** A component's bounds within its composition, in the composition's unit. */
    public record Component(String name, double min, double max) {
    }

    /** A process parameter's range, in {@code unit}. */
    public record Parameter(String column, String unit, double min, double max) {
    }

    /** A categorical variable and its options. */
    public record Choice(String column, List<String> options) {

        public Choice {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    /**
     * A linear rule: the sum of coefficient x variable, compared with the bound.
     *
     * @param terms variable to coefficient
     * @param text the rule as the user wrote it, for messages ("C + Mn <= 1.2 wt%")
     */
    public record Rule(Map<String, Double> terms, Relation relation, double bound, String text) {

        public Rule {
            terms = terms == null ? Map.of() : Map.copyOf(terms);
        }
    }

    /** How a rule's sum compares with its bound. */
    public enum Relation {
        AT_MOST, AT_LEAST, EQUAL;

        @JsonValue
        public String json() {
            return JsonNames.of(this);
        }

        /** The relation named as in JSON ("at-most") or as the constant; null when none is. */
        public static Relation parse(String name) {
            return JsonNames.parse(Relation.class, name);
        }
    }
}
