package org.matbank.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matbank.shared.Violation;

/**
 * Where each violation is shown in the entry form: at the field its path came from (the longest
 * noted path that it starts with; a missing required attribute, whose path names only the list,
 * by the attribute's name), else in the summary with its path.
 *
 * @param byKey violations per form key
 * @param general violations no field stands for
 */
record EntryProblems(Map<String, List<Violation>> byKey, List<Violation> general, int count) {

    static final EntryProblems NONE = new EntryProblems(Map.of(), List.of(), 0);

    static EntryProblems sort(List<Violation> violations, Map<String, String> paths, Map<String, List<Violation>> formProblems) {
        Map<String, List<Violation>> byKey = new LinkedHashMap<>();
        formProblems.forEach((key, list) -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).addAll(list));
        List<Violation> general = new ArrayList<>();
        for (Violation v : violations) {
            String key = key(v, paths);
            if (key != null && formProblems.containsKey(key) && "template.attribute.required".equals(v.rule())) {
                continue; // the value is there but unreadable: its own problem says so
            }
            if (key == null) {
                general.add(v);
            } else {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
            }
        }
        int count = general.size() + byKey.values().stream().mapToInt(List::size).sum();
        return new EntryProblems(byKey, general, count);
    }

    private static String key(Violation v, Map<String, String> paths) {
        String path = v.path() == null ? "" : v.path();
        String named = paths.get(path + "#" + v.value());
        if (named != null) {
            return named;
        }
        String best = null;
        int length = -1;
        for (Map.Entry<String, String> e : paths.entrySet()) {
            String p = e.getKey();
            boolean within = path.equals(p) || path.startsWith(p) && (path.charAt(p.length()) == '.' || path.charAt(p.length()) == '[');
            if (within && !p.contains("#") && p.length() > length) {
                best = e.getValue();
                length = p.length();
            }
        }
        return best;
    }

    public List<Violation> at(String key) {
        return byKey.getOrDefault(key, List.of());
    }
}
