package org.matbank.record;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A value as entered. The JSON type names are GEMD's; {@code curve} and {@code file} are
 * MatBank's additions.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = NominalReal.class, name = "nominal_real"),
    @JsonSubTypes.Type(value = NormalReal.class, name = "normal_real"),
    @JsonSubTypes.Type(value = UniformReal.class, name = "uniform_real"),
    @JsonSubTypes.Type(value = NominalInteger.class, name = "nominal_integer"),
    @JsonSubTypes.Type(value = UniformInteger.class, name = "uniform_integer"),
    @JsonSubTypes.Type(value = NominalCategorical.class, name = "nominal_categorical"),
    @JsonSubTypes.Type(value = DiscreteCategorical.class, name = "discrete_categorical"),
    @JsonSubTypes.Type(value = NominalComposition.class, name = "nominal_composition"),
    @JsonSubTypes.Type(value = EmpiricalFormula.class, name = "empirical_formula"),
    @JsonSubTypes.Type(value = Smiles.class, name = "smiles"),
    @JsonSubTypes.Type(value = InChI.class, name = "inchi"),
    @JsonSubTypes.Type(value = Curve.class, name = "curve"),
    @JsonSubTypes.Type(value = FileValue.class, name = "file")
})
public sealed interface Value permits RealValue, IntegerValue, CategoricalValue, CompositionValue,
        MolecularValue, Curve, FileValue {
}
