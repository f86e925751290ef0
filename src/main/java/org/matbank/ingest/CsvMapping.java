package org.matbank.ingest;

import java.util.List;
import java.util.Map;
import org.matbank.shared.Link;
import org.matbank.template.Template;

/**
 * How the columns of a flat table become material histories: one row, one history. Texts may
 * name columns in braces ({@code "steel-{Sl. No.}"}). Read from a small JSON mapping file; see
 * docs/IMPORT.md for the fields and src/main/resources/mappings/ for worked examples.
 *
 * @param scope      external-id scope of every object made (re-importing the same rows finds them again)
 * @param key        the row's key, unique in the file, e.g. {@code "steel-{Sl. No.}"}
 * @param encoding   {@code auto} (UTF-8 with or without BOM, else CP949), {@code UTF-8} or {@code CP949}
 * @param delimiter  one character; {@code \t} for tab-separated files
 * @param header     whether the first line names the columns; if not, {@code columns} does
 * @param templates  templates the mapping uses, created when their uid is not known yet
 */
public record CsvMapping(String scope, String key, String encoding, String delimiter, Boolean header,
        List<String> columns, String author, String institution, List<String> tags, List<Template> templates,
        MaterialMapping material, IngredientsMapping ingredients, List<StepMapping> steps,
        List<MeasurementMapping> measurements) {

    public CsvMapping {
        encoding = encoding == null ? "auto" : encoding;
        delimiter = delimiter == null ? "," : delimiter;
        header = header == null || header;
        columns = columns == null ? List.of() : List.copyOf(columns);
        tags = tags == null ? List.of() : List.copyOf(tags);
        templates = templates == null ? List.of() : List.copyOf(templates);
        steps = steps == null ? List.of() : List.copyOf(steps);
        measurements = measurements == null ? List.of() : List.copyOf(measurements);
    }

    /** The material the row describes: its name, template, nominal composition and own properties. */
    public record MaterialMapping(String name, Link template, CompositionMapping composition,
            List<AttributeMapping> properties) {
        public MaterialMapping {
            properties = properties == null ? List.of() : List.copyOf(properties);
        }
    }

    /**
     * A nominal composition from one column per component.
     * @param unit {@code wt%}, {@code at%}, {@code vol%} or {@code fraction}
     * @param balance a component given the remainder to 100 %
     */
    public record CompositionMapping(String name, Link template, String basis, String unit,
            Map<String, String> columns, String balance) {
    }

    /** The first process step: mixing or melting the ingredients, one column per ingredient amount. */
    public record IngredientsMapping(String process, Link template, List<AmountMapping> amounts, AmountMapping balance) {
        public IngredientsMapping {
            amounts = amounts == null ? List.of() : List.copyOf(amounts);
        }
    }

    /**
     * One ingredient's amount.
     * @param quantity {@code mass_fraction}, {@code volume_fraction}, {@code number_fraction} or {@code absolute_quantity}
     * @param unit for fractions {@code %}, {@code wt%}... or {@code fraction}; for an absolute quantity any unit
     * @param material the raw material used; when absent a raw material run named after the ingredient is made
     */
    public record AmountMapping(String column, String ingredient, String quantity, String unit, Link material,
            List<String> labels) {
        public AmountMapping {
            labels = labels == null ? List.of() : List.copyOf(labels);
        }
    }

    /** A later process step; left out for a row where {@code skip_if} holds. */
    public record StepMapping(String name, Link template, SkipRule skipIf, String equipment,
            List<AttributeMapping> parameters, List<AttributeMapping> conditions) {
        public StepMapping {
            parameters = parameters == null ? List.of() : List.copyOf(parameters);
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }
    }

    /** A step is skipped when its column is blank, or not above {@code at_most} (NIMS writes 30 °C for "not done"). */
    public record SkipRule(String column, Double atMost) {
    }

    /** A measurement of the final material. */
    public record MeasurementMapping(String name, Link template, String specimenForm, String instrument,
            List<AttributeMapping> properties, List<AttributeMapping> conditions, List<AttributeMapping> parameters) {
        public MeasurementMapping {
            properties = properties == null ? List.of() : List.copyOf(properties);
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
            parameters = parameters == null ? List.of() : List.copyOf(parameters);
        }
    }

    /**
     * One attribute, from a column or a constant {@code value}.
     * @param kind {@code real} (default), {@code integer} or {@code categorical}
     * @param stdColumn a column with the standard deviation: the value becomes normal (mean, std)
     * @param origin measured (default), computed, predicted, specified, summary
     */
    public record AttributeMapping(String name, Link template, String column, String value, String unit,
            String unitColumn, String stdColumn, String kind, String origin) {
    }
}
