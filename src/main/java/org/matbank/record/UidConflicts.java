package org.matbank.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.matbank.shared.Violation;

/**
 * External ids that would name two objects: given twice in one request, or already naming another
 * stored object. Paths are {@code objects[i].uids.SCOPE} for a batch, {@code uids.SCOPE} for the
 * update of one object ({@code self}).
 */
final class UidConflicts {

    private UidConflicts() {
    }

    static List<Violation> of(List<RecordObject> objects, UUID self, RecordRepository repository) {
        List<Violation> conflicts = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<String[]> asked = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            for (Map.Entry<String, String> uid : objects.get(i).uids().entrySet()) {
                String key = uid.getKey() + ":" + uid.getValue();
                Integer first = seen.putIfAbsent(key, i);
                if (first != null) {
                    conflicts.add(new Violation(path(self, i, "uids." + uid.getKey()), "uid.duplicate", key,
                            "external id " + key + " is given twice in this request (also objects[" + first + "])"));
                }
                asked.add(new String[] {uid.getKey(), uid.getValue()});
            }
        }
        Map<String, UUID> owners = repository.uidOwners(asked);
        for (int i = 0; i < objects.size(); i++) {
            RecordObject o = objects.get(i);
            for (Map.Entry<String, String> uid : o.uids().entrySet()) {
                UUID owner = owners.get(uid.getKey() + ":" + uid.getValue());
                if (owner != null && !owner.equals(o.id())) {
                    conflicts.add(new Violation(path(self, i, "uids." + uid.getKey()), "uid.duplicate",
                            uid.getKey() + ":" + uid.getValue(), "external id already names object " + owner));
                }
            }
        }
        return conflicts;
    }

    private static String path(UUID self, int index, String field) {
        return self == null ? "objects[" + index + "]." + field : field;
    }
}
