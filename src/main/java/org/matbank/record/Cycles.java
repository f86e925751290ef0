package org.matbank.record;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Cycle detection for a batch of new objects without walking the stored graph where that cannot
 * matter. A stored object only gains an edge to a new one through a new edge whose downstream end
 * is stored (a stored process consuming a new ingredient); unless there is such an edge, a cycle
 * can only lie among the new edges, which are checked here in memory.
 */
final class Cycles {

    private static final String SPEC = "spec";

    private Cycles() {
    }

    /** A cycle among the given edges (spec links do not count), as the ids along it, or empty. */
    static List<UUID> among(List<Edge> edges) {
        Map<UUID, List<UUID>> upstream = new HashMap<>();
        edges.stream().filter(e -> !SPEC.equals(e.relation()))
                .forEach(e -> upstream.computeIfAbsent(e.downstream(), k -> new ArrayList<>()).add(e.upstream()));
        Set<UUID> done = new HashSet<>();
        for (UUID start : upstream.keySet()) {
            List<UUID> cycle = search(start, upstream, done);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        return List.of();
    }

    /** The stored objects at the downstream end of a new edge: the only places a cycle through stored objects can start. */
    static List<UUID> storedEntries(List<Edge> edges, Set<UUID> fresh) {
        return edges.stream().filter(e -> !SPEC.equals(e.relation()) && !fresh.contains(e.downstream()))
                .map(Edge::downstream).distinct().toList();
    }

    /** Iterative depth-first search from one node, with the path kept to report the cycle. */
    private static List<UUID> search(UUID start, Map<UUID, List<UUID>> upstream, Set<UUID> done) {
        if (done.contains(start)) {
            return List.of();
        }
        Deque<UUID> path = new ArrayDeque<>();
        Deque<java.util.Iterator<UUID>> next = new ArrayDeque<>();
        Set<UUID> onPath = new HashSet<>();
        path.push(start);
        onPath.add(start);
        next.push(upstream.getOrDefault(start, List.of()).iterator());
        while (!next.isEmpty()) {
            if (!next.peek().hasNext()) {
                next.pop();
                UUID finished = path.pop();
                onPath.remove(finished);
                done.add(finished);
                continue;
            }
            UUID node = next.peek().next();
            if (onPath.contains(node)) {
                List<UUID> walked = new ArrayList<>(path);
                java.util.Collections.reverse(walked);   // the deque holds the path newest first
                List<UUID> cycle = new ArrayList<>(walked.subList(walked.indexOf(node), walked.size()));
                cycle.add(node);
                return cycle;
            }
            if (!done.contains(node)) {
                path.push(node);
                onPath.add(node);
                next.push(upstream.getOrDefault(node, List.of()).iterator());
            }
        }
        return List.of();
    }
}
