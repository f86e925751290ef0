package org.matbank.ingest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.matbank.shared.Violation;

/**
 * What an import found: every violation with its place (file, sheet, row, column), up to a cap
 * so that a file with a million bad rows does not fill the memory, plus the count beyond it.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ImportReport {

    static final int MAX_VIOLATIONS = 10_000;

    private final List<Violation> violations = new ArrayList<>();
    private final List<Violation> warnings = new ArrayList<>();
    private final Set<String> templateVersions = new TreeSet<>();
    private long omitted;

    void add(String place, List<Violation> found) {
        for (Violation v : found) {
            if (violations.size() < MAX_VIOLATIONS) {
                violations.add(placed(place, v));
            } else {
                omitted++;
            }
        }
    }

    void warn(String place, List<Violation> found) {
        found.stream().limit(Math.max(0, MAX_VIOLATIONS - warnings.size())).forEach(v -> warnings.add(placed(place, v)));
    }

    void usedTemplate(String idAndVersion) {
        templateVersions.add(idAndVersion);
    }

    public List<Violation> violations() {
        return violations;
    }

    public List<Violation> warnings() {
        return warnings;
    }

    /** Violations beyond the cap, counted but not listed. */
    public long omitted() {
        return omitted;
    }

    /** The template versions the written records were validated against, as {@code id@version}. */
    public Set<String> templateVersions() {
        return templateVersions;
    }

    /** A cell-level path already names its place; a field path is put after the unit's place. */
    private static Violation placed(String place, Violation v) {
        String path = v.path() == null ? "" : v.path();
        if (place == null || place.isEmpty() || path.startsWith(place)) {
            return v;
        }
        return new Violation(path.isEmpty() ? place : place + ": " + path, v.rule(), v.value(), v.message());
    }
}
