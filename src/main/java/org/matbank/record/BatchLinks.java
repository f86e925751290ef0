package org.matbank.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.matbank.shared.Link;

/**
 * Resolves the links of a batch of objects, first among the batch itself (objects that reference
 * each other by external id before any has a platform id), then in the database; and derives the
 * history edges each object owns.
 */
final class BatchLinks {

    private final Map<String, RecordRepository.Located> inBatch = new HashMap<>();
    // a bulk batch links many objects to the same few stored ones (raw materials): ask once each
    private final Map<String, Optional<RecordRepository.Located>> stored = new HashMap<>();
    private final RecordRepository repository;
    private final Predicate<UUID> visible;

    /** @param visible whether the writer may see a stored object; one it may not is as one that does not exist */
    BatchLinks(List<RecordObject> batch, RecordRepository repository, Predicate<UUID> visible) {
        this.repository = repository;
        this.visible = visible;
        for (RecordObject o : batch) {
            RecordRepository.Located here = new RecordRepository.Located(o.id(), o.type());
            inBatch.put(Link.platform(o.id()).toString(), here);
            o.uids().forEach((scope, uid) -> inBatch.put(scope + ":" + uid, here));
        }
    }

    Optional<RecordRepository.Located> resolve(Link link) {
        if (link == null || link.scope() == null || link.id() == null) {
            return Optional.empty();
        }
        RecordRepository.Located local = inBatch.get(link.toString());
        if (local != null) {
            return Optional.of(local);
        }
        return stored.computeIfAbsent(link.toString(), key -> {
            Optional<RecordRepository.Located> found;
            if (link.isPlatform()) {
                UUID id = link.platformId();
                found = id == null ? Optional.empty() : repository.locate(id);
            } else {
                found = repository.locate(link.scope(), link.id());
            }
            return found.filter(located -> visible.test(located.id()));
        });
    }

    /** Checks every link of an object and returns the edges it owns; problems go to {@code findings}. */
    List<Edge> edges(RecordObject o, List<Finding> findings) {
        List<Edge> edges = new ArrayList<>();
        if (o.type() == null) {
            return edges;
        }
        String family = o.type().family();
        link(o, "spec", o.spec(), o.type().counterpart(), findings)
                .ifPresent(id -> edges.add(new Edge(o.id(), id, "spec")));
        link(o, "process", o.process(), o.type().sameStage("process"), findings).ifPresent(id -> {
            if (family.equals("material")) {
                edges.add(new Edge(o.id(), id, "produced_by"));
            } else if (family.equals("ingredient")) {
                edges.add(new Edge(id, o.id(), "consumes"));
            }
        });
        link(o, "material", o.material(), o.type().sameStage("material"), findings)
                .ifPresent(id -> edges.add(new Edge(o.id(), id, family.equals("ingredient") ? "uses" : "measures")));
        return edges;
    }

    private Optional<UUID> link(RecordObject o, String field, Link link, ObjectKind expected, List<Finding> findings) {
        if (link == null) {
            return Optional.empty();
        }
        Optional<RecordRepository.Located> target = resolve(link);
        if (target.isEmpty()) {
            findings.add(Finding.error(field, "reference.dangling", link.toString(),
                    "no object is known by " + link + ", neither in this request nor stored"));
            return Optional.empty();
        }
        if (target.get().kind() != expected) {
            findings.add(Finding.error(field, "reference.kind", link.toString(),
                    "the " + field + " of a " + o.type().json() + " must be a " + expected.json()
                            + ", but " + link + " is a " + target.get().kind().json()));
            return Optional.empty();
        }
        if (target.get().id().equals(o.id())) {
            findings.add(Finding.error(field, "reference.self", link.toString(), "an object cannot reference itself"));
            return Optional.empty();
        }
        return Optional.of(target.get().id());
    }
}
