package org.matbank.export;

import java.util.function.Consumer;
import org.matbank.search.MaterialFacts;

/**
 * The materials of a tabular export, pushed one by one, such as
 * {@code sink -> searchService.forEach(request, sink)}. An export calls it once.
 */
@FunctionalInterface
public interface MaterialSource {

    void forEach(Consumer<MaterialFacts> sink);

    /** A source of these materials (tests, small exports). */
    static MaterialSource of(Iterable<MaterialFacts> materials) {
        return materials::forEach;
    }
}
