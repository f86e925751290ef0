package org.matbank.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matbank.access.Audience;
import org.matbank.record.Attribute;
import org.matbank.record.RecordObject;
import org.matbank.record.RecordService;
import org.matbank.record.SaveResult;
import org.matbank.record.StoredState;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Link;
import org.matbank.shared.Problem;
import org.matbank.shared.ValidationLevel;
import org.matbank.shared.Violation;

/**
 * Writes units of an import so that importing the same data twice never duplicates it: an object
 * whose external id is stored and whose content is unchanged is skipped; one that changed gets a
 * new version; the rest are created together, one batch for many units (the database round trips
 * are what an import waits on). An object that several units share (a raw material) is written once.
 */
final class UnitWriter {

    private static final Pattern OBJECT_PATH = Pattern.compile("^objects\\[(\\d+)\\]");

    /** What one unit did; {@code unchanged} when every object was already stored as given. */
    record Outcome(int created, int updated, boolean unchanged) {
    }

    private final RecordService records;
    private final UUID dataset;
    private final Audience writer;

    /**
     * @param dataset the dataset new objects go into, and the only one whose objects the import may change (null: none)
     * @param writer  what the submitter sees: links to other stored objects are as dangling (null: everything)
     */
    UnitWriter(RecordService records, UUID dataset, Audience writer) {
        this.records = records;
        this.dataset = dataset;
        this.writer = writer;
    }

    /** Writes the units together; throws with the violations of every unit that failed (keyed by the unit's place). */
    List<Outcome> write(List<SourceUnit> units, ValidationLevel level, ImportReport report) {
        List<Link> ids = new ArrayList<>();
        units.forEach(u -> u.objects().forEach(o -> o.uids().forEach((scope, uid) -> ids.add(new Link(scope, uid)))));
        Map<String, StoredState> stored = records.states(ids);
        Map<UUID, StoredState> storedById = records.statesById(units.stream()
                .flatMap(u -> u.objects().stream()).map(RecordObject::id).filter(Objects::nonNull).toList());
        List<RecordObject> fresh = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        Map<String, RecordObject> freshByUid = new HashMap<>();
        List<Map.Entry<StoredState, RecordObject>> changed = new ArrayList<>();
        int[] created = new int[units.size()];
        int[] updated = new int[units.size()];
        for (int u = 0; u < units.size(); u++) {
            for (RecordObject o : units.get(u).objects()) {
                StoredState state = o.id() != null && storedById.containsKey(o.id()) ? storedById.get(o.id())
                        : o.uids().entrySet().stream().map(e -> stored.get(e.getKey() + ":" + e.getValue()))
                                .filter(Objects::nonNull).findFirst().orElse(null);
                if (state == null) {
                    // the same new object in several units (a raw material) is written once; a different
                    // object under the same id is kept, so that create reports the duplicate id. The input
                    // hash is computed here only on such a collision: create computes it for every object.
                    String key = o.uids().isEmpty() ? null : o.uids().entrySet().iterator().next().toString();
                    RecordObject first = key == null ? null : freshByUid.putIfAbsent(key, o);
                    if (first == null || !records.inputHash(first).equals(records.inputHash(o))) {
                        fresh.add(o);
                        owner.add(u);
                        created[u]++;
                    }
                } else if (!records.inputHash(o).equals(state.inputHash())) {
                    changed.add(Map.entry(state, o));
                    updated[u]++;
                }
            }
        }
        if (!fresh.isEmpty()) {
            try {
                note(records.create(fresh, level, dataset, writer), units.size() == 1 ? units.get(0).place() : "", report);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.problem(), named(e.violations(), fresh, owner, units));
            }
        }
        refuseChangesOutside(changed);
        for (Map.Entry<StoredState, RecordObject> c : changed) {
            RecordObject next = c.getValue().toBuilder().id(c.getKey().id()).version(c.getKey().version()).build();
            try {
                note(records.update(c.getKey().id(), next, level, writer), "", report);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.problem(), e.violations().stream()
                        .map(v -> v.prefixed("object '" + c.getValue().name() + "'")).toList());
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            outcomes.add(new Outcome(created[u], updated[u], created[u] == 0 && updated[u] == 0));
        }
        return outcomes;
    }

    /**
     * An import changes stored objects of no dataset or of its own dataset only: a file that names
     * an object of another dataset (by external id) must not change it, seen or not.
     */
    private void refuseChangesOutside(List<Map.Entry<StoredState, RecordObject>> changed) {
        if (changed.isEmpty()) {
            return;
        }
        Map<UUID, UUID> datasets = records.datasets(changed.stream().map(c -> c.getKey().id()).toList());
        List<Violation> refused = new ArrayList<>();
        for (Map.Entry<StoredState, RecordObject> c : changed) {
            UUID of = datasets.get(c.getKey().id());
            if (of != null && !of.equals(dataset)) {
                refused.add(new Violation("object '" + c.getValue().name() + "'", "import.dataset.foreign",
                        c.getValue().uids().toString(), "a stored object of another dataset has this external id: "
                                + "an import changes objects of its own dataset only"));
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(Problem.FORBIDDEN, refused);
        }
    }

    private static void note(SaveResult saved, String place, ImportReport report) {
        report.warn(place, saved.warnings());
        for (RecordObject o : saved.objects()) {
            if (o.template() != null && o.template().platformId() != null) {
                report.usedTemplate(o.template().platformId() + "@" + o.templateVersion());
            }
            for (List<Attribute> list : List.of(o.properties(), o.conditions(), o.parameters())) {
                list.stream().filter(a -> a.template() != null && a.template().platformId() != null)
                        .forEach(a -> report.usedTemplate(a.template().platformId() + "@" + a.templateVersion()));
            }
        }
    }

    /** {@code objects[3].x} means nothing to someone who gave a spreadsheet row: name the unit and the object instead. */
    private static List<Violation> named(List<Violation> violations, List<RecordObject> objects, List<Integer> owner,
            List<SourceUnit> units) {
        return violations.stream().map(v -> {
            Matcher m = OBJECT_PATH.matcher(v.path() == null ? "" : v.path());
            if (!m.find()) {
                return v;
            }
            int index = Integer.parseInt(m.group(1));
            String place = units.size() == 1 ? "" : units.get(owner.get(index)).place() + ": ";
            return new Violation(place + "object '" + objects.get(index).name() + "'" + v.path().substring(m.end()),
                    v.rule(), v.value(), v.message());
        }).toList();
    }
}
