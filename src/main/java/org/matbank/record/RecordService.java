package org.matbank.record;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.matbank.access.Audience;
import org.matbank.shared.Ids;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Link;
import org.matbank.shared.Problem;
import org.matbank.shared.ValidationLevel;
import org.matbank.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the material history graph. A write is all or nothing: every object of a
 * request is checked first (templates, units, references, external ids), then written in one
 * transaction that also rejects cycles.
 */
@Service
public class RecordService {

    private final RecordRepository repository;
    private final RecordValidator validator;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    RecordService(RecordRepository repository, RecordValidator validator, JsonMapper json,
            ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.validator = validator;
        this.json = json;
    }

    /** The fingerprint of an object as submitted; equal fingerprints mean a re-submission changes nothing. */
    public String inputHash(RecordObject submitted) {
        return InputHash.of(json, submitted);
    }

    /** Version and input hash of the stored objects with these platform ids. */
    public Map<UUID, StoredState> statesById(List<UUID> ids) {
        return repository.statesById(ids);
    }

    /** Id, version and input hash of the stored objects that own these external ids, keyed {@code scope:uid}. */
    public Map<String, StoredState> states(List<Link> externalIds) {
        return repository.states(externalIds.stream().map(l -> new String[] {l.scope(), l.id()}).toList());
    }

    /** Creates objects that may reference each other and stored ones. Paths in errors start with {@code objects[i]}. */
    @Transactional
    public SaveResult create(List<RecordObject> objects, ValidationLevel level) {
        return create(objects, level, null, null);
    }

    /**
     * Creates objects in a dataset (null: in none), for a writer who sees {@code writer} (null:
     * everything): a link to a stored object the writer may not see is refused exactly as a link to
     * one that does not exist, so that nobody attaches to, or learns of, hidden objects.
     */
    @Transactional
    public SaveResult create(List<RecordObject> objects, ValidationLevel level, UUID dataset, Audience writer) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<RecordObject> fresh = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            RecordObject o = objects.get(i);
            if (o.id() != null && repository.locate(o.id()).isPresent()) {
                findings.add(prefixed(i, Finding.error("id", "record.exists", o.id(),
                        "an object with this id exists; change it with PUT /api/records/" + o.id())));
            }
            fresh.add(o.toBuilder().id(o.id() == null ? Ids.next() : o.id()).version(1).times(now, now).build());
        }
        Prepared prepared = prepare(fresh, level, findings, null, writer);
        repository.insert(prepared.objects(), objects.stream().map(this::inputHash).toList());
        writeDerived(prepared, List.of());
        rejectNewCycles(prepared);
        if (dataset != null) {
            repository.assignDataset(prepared.objects().stream().map(RecordObject::id).toList(), dataset);
        }
        return new SaveResult(prepared.objects(), prepared.warnings());
    }

    /** Stores a new version of one object; the object's version must be the stored one, else a conflict. */
    @Transactional
    public SaveResult update(UUID id, RecordObject changed, ValidationLevel level) {
        return update(id, changed, level, null);
    }

    /** Like {@link #update(UUID, RecordObject, ValidationLevel)}, by a writer who sees {@code writer} (null: everything). */
    @Transactional
    public SaveResult update(UUID id, RecordObject changed, ValidationLevel level, Audience writer) {
        RecordObject current = get(id);
        if (changed.version() == null || !changed.version().equals(current.version())) {
            throw new InvalidInputException(Problem.CONFLICT, new Violation("version", "version.stale", changed.version(),
                    "object " + id + " is at version " + current.version() + "; reload it and apply your change again"));
        }
        if (changed.type() != current.type()) {
            throw new InvalidInputException(Problem.INVALID, new Violation("type", "type.changed",
                    changed.type() == null ? null : changed.type().json(), "an object keeps its type: " + current.type().json()));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        RecordObject next = changed.toBuilder().id(id).version(current.version() + 1).times(current.createdAt(), now).build();
        Prepared prepared = prepare(List.of(next), level, new ArrayList<>(), id, writer);
        List<UUID> formerlyLinked = repository.linkedMaterials(id);
        repository.deleteDerived(id);
        if (!repository.replace(prepared.objects().get(0), current.version(), inputHash(changed))) {
            throw new InvalidInputException(Problem.CONFLICT, new Violation("version", "version.stale", changed.version(),
                    "object " + id + " was changed by someone else meanwhile; reload it and apply your change again"));
        }
        writeDerived(prepared, formerlyLinked);
        rejectCycles(prepared.objects());
        return new SaveResult(prepared.objects(), prepared.warnings());
    }

    public RecordObject get(UUID id) {
        return repository.find(id).orElseThrow(() -> notFound(id));
    }

    /** The current versions of the objects with these ids, in no particular order; unknown ids are left out. */
    public List<RecordObject> getAll(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : repository.findAll(List.copyOf(ids));
    }

    /** The object an external id names, if any. */
    public Optional<RecordObject> findByUid(String scope, String uid) {
        return repository.locate(scope, uid).flatMap(located -> repository.find(located.id()));
    }

    public RecordObject get(UUID id, int version) {
        return repository.findVersion(id, version).orElseThrow(() -> notFound(id + " v" + version));
    }

    public List<RecordObject> versions(UUID id) {
        List<RecordObject> all = repository.versions(id);
        if (all.isEmpty()) {
            throw notFound(id);
        }
        return all;
    }

    /** A page of objects in id order, optionally of one kind; pass the last id seen as {@code after}. */
    public List<RecordObject> list(ObjectKind kind, UUID after, int limit) {
        return list(kind, after, limit, null);
    }

    /** Like {@link #list(ObjectKind, UUID, int)}, of the objects an audience may see (null: all). */
    public List<RecordObject> list(ObjectKind kind, UUID after, int limit, Audience audience) {
        UUID[] datasets = audience == null || audience.everything() ? null : audience.datasets().toArray(UUID[]::new);
        return repository.list(kind == null ? null : kind.json(), after, Math.max(1, Math.min(limit, 1000)), datasets);
    }

    /** The dataset of each of these objects that belongs to one (the others are open to all). */
    public Map<UUID, UUID> datasets(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : repository.datasets(ids);
    }

    /**
     * Moves objects into a dataset (null: into none). Search re-reads the materials they concern,
     * since who may see them changed. Unknown ids are refused (404), naming them.
     */
    @Transactional
    public int assignDataset(List<UUID> ids, UUID dataset) {
        List<UUID> distinct = ids.stream().distinct().toList();
        int found = repository.assignDataset(distinct, dataset);
        if (found != distinct.size()) {
            Set<UUID> known = new HashSet<>();
            repository.findAll(distinct).forEach(o -> known.add(o.id()));
            throw new InvalidInputException(Problem.NOT_FOUND, distinct.stream().filter(id -> !known.contains(id))
                    .map(id -> new Violation("ids", "record.unknown", id, "no object with this id")).toList());
        }
        repository.recordChanges(distinct);
        events.publishEvent(new RecordsChanged(distinct.size()));
        return found;
    }

    /**
     * The history of an object as an audience sees it: objects it may not see are left out, and so
     * is everything reached only through them (a hidden process hides its ingredients).
     */
    public History history(UUID id, Audience audience) {
        History all = history(id);
        Map<UUID, UUID> datasets = datasets(all.nodes().stream().map(RecordObject::id).toList());
        History seen = all.seenBy(node -> audience.sees(datasets.get(node)));
        return new History(seen.root(), seenBy(seen.nodes(), audience), seen.edges());
    }

    /** Objects as an audience sees them: links to objects it may not see are left out. */
    public List<RecordObject> seenBy(List<RecordObject> objects, Audience audience) {
        return new LinkRedaction(repository).seenBy(objects, audience);
    }

    /** The whole history of an object: upstream to the raw materials, with the measurements on the way. */
    public History history(UUID id) {
        get(id);
        List<Edge> edges = repository.upstream(id);
        List<UUID> ids = new ArrayList<>();
        ids.add(id);
        edges.forEach(e -> {
            ids.add(e.downstream());
            ids.add(e.upstream());
        });
        return new History(id, repository.findAll(ids.stream().distinct().toList()), edges);
    }

    private record Prepared(List<RecordObject> objects, List<Edge> edges, List<Violation> warnings) {
    }

    private Prepared prepare(List<RecordObject> objects, ValidationLevel level, List<Finding> findings, UUID self, Audience writer) {
        BatchLinks links = new BatchLinks(objects, repository, writer == null || writer.everything() ? id -> true
                : id -> writer.sees(repository.datasets(List.of(id)).get(id)));
        List<RecordObject> resolved = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            RecordValidator.Checked checked = validator.check(objects.get(i));
            List<Finding> own = new ArrayList<>(checked.findings());
            edges.addAll(links.edges(objects.get(i), own));
            int index = i;
            own.forEach(f -> findings.add(self == null ? prefixed(index, f) : f));
            resolved.add(checked.object());
        }
        List<Violation> conflicts = UidConflicts.of(resolved, self, repository);
        List<Violation> errors = findings.stream().filter(f -> !f.boundsRule() || level == ValidationLevel.FAIL)
                .map(Finding::violation).collect(Collectors.toCollection(ArrayList::new));
        if (!errors.isEmpty()) {
            errors.addAll(conflicts);
            throw new InvalidInputException(Problem.INVALID, errors);
        }
        if (!conflicts.isEmpty()) {
            throw new InvalidInputException(Problem.CONFLICT, conflicts);
        }
        List<Violation> warnings = level == ValidationLevel.WARN
                ? findings.stream().filter(Finding::boundsRule).map(Finding::violation).toList() : List.of();
        return new Prepared(resolved, edges, warnings);
    }

    private void writeDerived(Prepared prepared, List<UUID> alsoChanged) {
        List<UUID> changed = new ArrayList<>(alsoChanged);
        prepared.objects().forEach(o -> changed.add(o.id()));
        repository.recordChanges(changed);
        events.publishEvent(new RecordsChanged(changed.size()));
        repository.insertUids(prepared.objects());
        repository.insertEdges(prepared.edges());
        repository.insertAttributeValues(AttributeRows.of(prepared.objects()));
    }

    /** New objects: a cycle lies among the new edges, or passes a stored object that gained a new edge. */
    private void rejectNewCycles(Prepared prepared) {
        List<UUID> cycle = Cycles.among(prepared.edges());
        if (cycle.isEmpty()) {
            List<UUID> entries = Cycles.storedEntries(prepared.edges(),
                    prepared.objects().stream().map(RecordObject::id).collect(Collectors.toSet()));
            cycle = entries.isEmpty() ? List.of() : repository.findCycle(entries);
        }
        rejectCycle(cycle, prepared.objects());
    }

    private void rejectCycles(List<RecordObject> objects) {
        rejectCycle(repository.findCycle(objects.stream().map(RecordObject::id).toList()), objects);
    }

    private void rejectCycle(List<UUID> cycle, List<RecordObject> objects) {
        if (!cycle.isEmpty()) {
            Map<UUID, String> names = new HashMap<>();
            objects.forEach(o -> names.put(o.id(), o.name()));
            repository.findAll(cycle).forEach(o -> names.put(o.id(), o.name()));
            String shown = cycle.stream().map(id -> names.getOrDefault(id, id.toString())).collect(Collectors.joining(" -> "));
            throw new InvalidInputException(Problem.INVALID, new Violation("", "history.cycle", shown,
                    "a material history cannot loop back on itself: " + shown));
        }
    }

    private static Finding prefixed(int index, Finding f) {
        return new Finding(f.violation().prefixed("objects[" + index + "]"), f.boundsRule());
    }

    private static InvalidInputException notFound(Object id) {
        return new InvalidInputException(Problem.NOT_FOUND, new Violation("id", "record.not-found", String.valueOf(id),
                "no object with this id"));
    }
}
