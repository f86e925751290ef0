package org.matbank.template;

import java.util.List;

/** A composition whose components must come from a list (elements or ingredient names). */
public record CompositionBounds(List<String> components) implements Bounds {

    public CompositionBounds {
        components = components == null ? List.of() : List.copyOf(components);
    }

    @Override
    public boolean within(Bounds wider) {
        return wider instanceof CompositionBounds w && w.components.containsAll(components);
    }

    @Override
    public String defect() {
        return components.isEmpty() ? "composition bounds list no component" : null;
    }
}
