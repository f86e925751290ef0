package org.matbank.export;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * The platform ids of the materials of a MatBank JSON or GEMD export, pushed one by one, such as
 * {@code sink -> searchService.forEach(request, m -> sink.accept(m.id()))}. An export calls it once.
 * Every id must name a stored object: an unknown one ends the export with an error.
 */
@FunctionalInterface
public interface MaterialIds {

    void forEach(Consumer<UUID> sink);

    static MaterialIds of(Iterable<UUID> ids) {
        return ids::forEach;
    }
}
