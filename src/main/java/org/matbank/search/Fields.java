package org.matbank.search;

import org.apache.lucene.facet.FacetsConfig;

/**
 * Names of the index fields. Numeric values are indexed per attribute and SI unit, so that a
 * name used with two dimensions (rare, but templates do not forbid it) never mixes them.
 */
final class Fields {

    static final String ID = "id";
    static final String FACTS = "facts";
    static final String KIND = "kind";
    static final String NAME = "name";
    static final String FAMILY = "family";
    static final String TEMPLATE = "template";
    static final String AUTHOR = "author";
    static final String INSTITUTION = "institution";
    static final String DATE = "date";
    static final String CREATED = "created";
    static final String INTERMEDIATE = "intermediate";
    static final String TAG = "tag";
    static final String UID = "uid";
    static final String ELEMENT = "element";
    static final String NELEMENTS = "nelements";
    static final String ORIGIN = "origin";
    static final String HAS = "has";
    static final String HAS_COMPOSITION = "composed";
    static final String COLUMN = "column";
    /** The unit set entry of an attribute with text values (categories, formulas). */
    static final String TEXT_UNIT = "(text)";
    static final String PROPERTY = "property";
    static final String VISIBILITY = "visibility";
    /** Facet of the material's dataset (its id, or "public" for none): what an export or a release takes of each. */
    static final String DATASET = "dataset";

    private Fields() {
    }

    /** The key of an attribute: "property|tensile strength". */
    static String attribute(String type, String name) {
        return type + "|" + name;
    }

    static String number(String attribute, String siUnit) {
        return "n|" + attribute + "|" + siUnit;
    }

    static String numberWithOrigin(String attribute, String siUnit, String origin) {
        return number(attribute, siUnit) + "|" + origin;
    }

    static String text(String attribute) {
        return "t|" + attribute;
    }

    /** A composition fraction: basis is "mass" or "atomic". */
    static String fraction(String basis, String component) {
        return "c|" + basis + "|" + component;
    }

    static String sort(String field) {
        return "s|" + field;
    }

    /** The doc-values field that holds a facet dimension: columns apart, the others together. */
    static String facetField(String dim) {
        return dim.equals(COLUMN) ? "$facets|column" : dim.equals(DATASET) ? "$facets|dataset" : FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    }
}
