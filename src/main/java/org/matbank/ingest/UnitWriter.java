package org.matbank.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matbank.record.Attribute;
import org.matbank.record.RecordObject;
import org.matbank.record.RecordService;
import org.matbank.record.SaveResult;
import org.matbank.record.StoredState;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Link;
import org.matbank.shared.ValidationLevel;
import org.matbank.shared.Violation;

/**
 * Writes one unit of an import so that importing the same data twice never duplicates it: an
 * object whose external id is stored and whose content is unchanged is skipped; one that changed
 * gets a new version; the rest are created together.
 */
final class UnitWriter {

    private static final Pattern OBJECT_PATH = Pattern.compile("^objects\\[(\\d+)\\]");

    /** What one unit did; {@code unchanged} when every object was already stored as given. */
    record Outcome(int created, int updated, boolean unchanged) {
    }

    private final RecordService records;

    UnitWriter(RecordService records) {
        this.records = records;
    }

    Outcome write(SourceUnit unit, ValidationLevel level, ImportReport report) {
        List<Link> ids = new ArrayList<>();
        unit.objects().forEach(o -> o.uids().forEach((scope, uid) -> ids.add(new Link(scope, uid))));
        Map<String, StoredState> stored = records.states(ids);
        List<RecordObject> fresh = new ArrayList<>();
        List<Map.Entry<StoredState, RecordObject>> changed = new ArrayList<>();
        for (RecordObject o : unit.objects()) {
            StoredState state = o.uids().entrySet().stream().map(e -> stored.get(e.getKey() + ":" + e.getValue()))
                    .filter(Objects::nonNull).findFirst().orElse(null);
            if (state == null) {
                fresh.add(o);
            } else if (!records.inputHash(o).equals(state.inputHash())) {
                changed.add(Map.entry(state, o));
            }
        }
        if (!fresh.isEmpty()) {
            try {
                note(records.create(fresh, level), unit.place(), report);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.problem(), named(e.violations(), fresh));
            }
        }
        for (Map.Entry<StoredState, RecordObject> c : changed) {
            RecordObject next = c.getValue().toBuilder().id(c.getKey().id()).version(c.getKey().version()).build();
            try {
                note(records.update(c.getKey().id(), next, level), unit.place(), report);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.problem(), e.violations().stream()
                        .map(v -> v.prefixed("object '" + c.getValue().name() + "'")).toList());
            }
        }
        return new Outcome(fresh.size(), changed.size(), fresh.isEmpty() && changed.isEmpty());
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

    /** {@code objects[3].x} means nothing to someone who gave a spreadsheet row: name the object instead. */
    private static List<Violation> named(List<Violation> violations, List<RecordObject> objects) {
        return violations.stream().map(v -> {
            Matcher m = OBJECT_PATH.matcher(v.path() == null ? "" : v.path());
            if (!m.find()) {
                return v;
            }
            RecordObject o = objects.get(Integer.parseInt(m.group(1)));
            return new Violation("object '" + o.name() + "'" + v.path().substring(m.end()), v.rule(), v.value(), v.message());
        }).toList();
    }
}
