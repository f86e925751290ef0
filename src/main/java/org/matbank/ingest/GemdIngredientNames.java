package org.matbank.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.matbank.record.ObjectKind;
import org.matbank.record.RecordObject;
import org.matbank.shared.Link;

/**
 * gemd gives an ingredient run no name or labels of its own: they are its spec's. MatBank stores
 * them on the run, so on import they are taken from the spec (in the same document, or stored).
 */
final class GemdIngredientNames {

    private static final String FALLBACK = "ingredient";

    private GemdIngredientNames() {
    }

    static List<RecordObject> fill(List<RecordObject> objects, Function<Link, Optional<RecordObject>> stored) {
        List<RecordObject> filled = new ArrayList<>(objects.size());
        for (RecordObject o : objects) {
            if (o.type() != ObjectKind.INGREDIENT_RUN || (o.name() != null && !o.name().isBlank())) {
                filled.add(o);
                continue;
            }
            Optional<RecordObject> spec = o.spec() == null ? Optional.empty()
                    : objects.stream().filter(s -> names(s, o.spec())).findFirst().or(() -> stored.apply(o.spec()));
            var named = o.toBuilder().name(spec.map(RecordObject::name).orElse(FALLBACK));
            if (o.labels().isEmpty()) {
                spec.ifPresent(s -> s.labels().forEach(named::label));
            }
            filled.add(named.build());
        }
        return filled;
    }

    private static boolean names(RecordObject candidate, Link link) {
        Map<String, String> uids = candidate.uids();
        return link.id() != null && (link.id().equals(uids.get(link.scope()))
                || (link.isPlatform() && candidate.id() != null && link.id().equals(candidate.id().toString())));
    }
}
