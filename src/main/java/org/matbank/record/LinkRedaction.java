package org.matbank.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.matbank.access.Audience;
import org.matbank.shared.Link;

/**
 * Objects as an audience sees them: a link (spec, process, material) to an object the audience may
 * not see is left out, so that a visible ingredient does not hand out the id or external id of the
 * hidden material it uses.
 */
final class LinkRedaction {

    private final RecordRepository repository;

    LinkRedaction(RecordRepository repository) {
        this.repository = repository;
    }

    List<RecordObject> seenBy(List<RecordObject> objects, Audience audience) {
        if (audience.everything()) {
            return objects;
        }
        Map<Link, UUID> targets = new HashMap<>();
        for (RecordObject o : objects) {
            for (Link link : links(o)) {
                targets.computeIfAbsent(link, l -> l.platformId() != null ? l.platformId()
                        : repository.locate(l.scope(), l.id()).map(RecordRepository.Located::id).orElse(null));
            }
        }
        targets.values().removeIf(Objects::isNull);
        Map<UUID, UUID> datasets = repository.datasets(targets.values());
        List<RecordObject> seen = new ArrayList<>(objects.size());
        for (RecordObject o : objects) {
            RecordBuilder b = null;
            if (hidden(o.spec(), targets, datasets, audience)) {
                b = (b == null ? o.toBuilder() : b).spec(null);
            }
            if (hidden(o.process(), targets, datasets, audience)) {
                b = (b == null ? o.toBuilder() : b).process(null);
            }
            if (hidden(o.material(), targets, datasets, audience)) {
                b = (b == null ? o.toBuilder() : b).material(null);
            }
            seen.add(b == null ? o : b.build());
        }
        return seen;
    }

    private static boolean hidden(Link link, Map<Link, UUID> targets, Map<UUID, UUID> datasets, Audience audience) {
        UUID target = link == null ? null : targets.get(link);
        return target != null && !audience.sees(datasets.get(target));
    }

    private static List<Link> links(RecordObject o) {
        List<Link> links = new ArrayList<>(3);
        for (Link l : new Link[] {o.spec(), o.process(), o.material()}) {
            if (l != null) {
                links.add(l);
            }
        }
        return links;
    }
}
