package org.matbank.record;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The history of one object: every object upstream of it down to the raw materials, the
 * measurements of the materials on the way, and the edges between them.
 */
public record History(UUID root, List<RecordObject> nodes, List<Edge> edges) {

    /**
     * The part of this history reachable from the root through objects that pass {@code visible}:
     * an object that does not pass is left out with its edges, and so is whatever is reached only
     * through it. The root itself must pass (the caller checks it first).
     */
    public History seenBy(Predicate<UUID> visible) {
        Set<UUID> kept = new HashSet<>();
        Deque<UUID> next = new ArrayDeque<>();
        kept.add(root);
        next.add(root);
        while (!next.isEmpty()) {
            UUID node = next.poll();
            for (Edge e : edges) {
                UUID other = e.downstream().equals(node) ? e.upstream() : e.upstream().equals(node) ? e.downstream() : null;
                if (other != null && !kept.contains(other) && visible.test(other)) {
                    kept.add(other);
                    next.add(other);
                }
            }
        }
        return new History(root, nodes.stream().filter(o -> kept.contains(o.id())).toList(),
                edges.stream().filter(e -> kept.contains(e.downstream()) && kept.contains(e.upstream())).toList());
    }
}
