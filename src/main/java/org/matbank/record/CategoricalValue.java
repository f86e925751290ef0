package org.matbank.record;

import java.util.Set;

/** A value from a list of categories. */
public sealed interface CategoricalValue extends Value permits NominalCategorical, DiscreteCategorical {

    /** Every category the value names. */
    Set<String> categoriesNamed();
}
