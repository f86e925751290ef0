package org.matbank.record;

import java.util.Set;

/** One category. */
public record NominalCategorical(String category) implements CategoricalValue {

    @Override
    public Set<String> categoriesNamed() {
        return category == null ? Set.of() : Set.of(category);
    }
}
