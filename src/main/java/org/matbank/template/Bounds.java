package org.matbank.template;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What values an attribute may take. The JSON type names are GEMD's, so bounds move in and out
 * of GEMD unchanged.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RealBounds.class, name = "real_bounds"),
    @JsonSubTypes.Type(value = IntegerBounds.class, name = "integer_bounds"),
    @JsonSubTypes.Type(value = CategoricalBounds.class, name = "categorical_bounds"),
    @JsonSubTypes.Type(value = CompositionBounds.class, name = "composition_bounds"),
    @JsonSubTypes.Type(value = MolecularStructureBounds.class, name = "molecular_structure_bounds")
})
public sealed interface Bounds
        permits RealBounds, IntegerBounds, CategoricalBounds, CompositionBounds, MolecularStructureBounds {

    /**
     * True when every value these bounds allow is also allowed by {@code wider}: how an object
     * template may narrow an attribute template, never widen it.
     */
    boolean within(Bounds wider);

    /** A problem with the bounds themselves (lower above upper, unknown unit), or null. */
    String defect();
}
