package org.matbank.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One material flattened with its history: what search indexes and what tabular exports write,
 * one row per material. Values are in SI ({@link Fact#si()}), compositions as fractions.
 *
 * @param kind material_spec or material_run
 * @param family the template pack of the material's template (metal, ceramic...), or null
 * @param template the name of the material's template, or null
 * @param intermediate true for a run that a later process of its history consumes
 * @param composition the material's composition (its own or its spec's), by component
 * @param facts properties (its own, its spec's and those of measurements of it), process
 *     parameters of its history, the amounts of the ingredients of its history and the conditions
 *     of those measurements
 * @param texts the words searched as text: names, notes, tags and template labels of the history
 * @param templates the template versions the history was checked against, as "id:version"
 * @param version the material record's version (null when not known, as in tests that make facts by hand)
 * @param spec for a material run: the platform id of the spec it realises, or null
 * @param dataset the dataset the material belongs to, or null for none
 */
public record MaterialFacts(
        UUID id,
        String kind,
        String name,
        String family,
        String template,
        String author,
        String institution,
        LocalDate date,
        Instant created,
        boolean intermediate,
        List<String> tags,
        Map<String, String> uids,
        List<Component> composition,
        List<Fact> facts,
        List<String> texts,
        List<String> templates,
        Integer version,
        UUID spec,
        UUID dataset) {

    public MaterialFacts {
        tags = tags == null ? List.of() : List.copyOf(tags);
        uids = uids == null ? Map.of() : Map.copyOf(uids);
        composition = composition == null ? List.of() : List.copyOf(composition);
        facts = facts == null ? List.of() : List.copyOf(facts);
        texts = texts == null ? List.of() : List.copyOf(texts);
        templates = templates == null ? List.of() : List.copyOf(templates);
    }

    /** Facts without version, spec or dataset (made by hand: tests, benchmarks). */
    public MaterialFacts(UUID id, String kind, String name, String family, String template, String author,
            String institution, LocalDate date, Instant created, boolean intermediate, List<String> tags,
            Map<String, String> uids, List<Component> composition, List<Fact> facts, List<String> texts,
            List<String> templates) {
        this(id, kind, name, family, template, author, institution, date, created, intermediate, tags, uids,
                composition, facts, texts, templates, null, null, null);
    }

    /** The same facts, of this dataset. */
    public MaterialFacts inDataset(UUID datasetId) {
        return new MaterialFacts(id, kind, name, family, template, author, institution, date, created, intermediate, tags,
                uids, composition, facts, texts, templates, version, spec, datasetId);
    }

    /**
     * One component of a composition.
     *
     * @param massFraction 0..1, null when it cannot be known (a molar basis with unknown molar masses)
     * @param atomicFraction 0..1, null when it cannot be known (a mass basis with a non-element component)
     */
    public record Component(String name, Double massFraction, Double atomicFraction) {
    }

    /**
     * A property, parameter or condition of the material's history.
     *
     * @param type property, parameter or condition
     * @param step for a parameter: the name of its process step (its template's name; null without a template)
     * @param si the SI value (nominal, mean or midpoint); null for categorical and other non-real values
     * @param siUnit the SI unit of {@code si}, "" when dimensionless
     * @param text the value as entered, for display and export (e.g. "600 MPa", "water")
     * @param origin measured, predicted, specified, computed or unknown
     */
    public record Fact(String type, String name, String step, Double si, String siUnit, String text, String origin) {

        /** The column this fact fills in a table of materials: "property:tensile strength". */
        public String column() {
            return type + ":" + (step == null ? "" : step + "/") + name;
        }
    }
}
