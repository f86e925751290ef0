package org.matbank.template;

import java.util.List;

/** A closed list of categories. */
public record CategoricalBounds(List<String> categories) implements Bounds {

    public CategoricalBounds {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    @Override
    public boolean within(Bounds wider) {
        return wider instanceof CategoricalBounds w && w.categories.containsAll(categories);
    }

    @Override
    public String defect() {
        return categories.isEmpty() ? "categorical bounds list no category" : null;
    }
}
