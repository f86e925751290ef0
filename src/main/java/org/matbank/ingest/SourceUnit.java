package org.matbank.ingest;

import java.util.List;
import org.matbank.record.RecordObject;
import org.matbank.shared.Violation;

/**
 * One unit of an import: the objects of one history, where they came from (for example
 * {@code data.csv row 17} or {@code sheet 'process' row 5}), and the problems found in reading
 * them. Violation paths are cells ({@code sheet 'property' row 5 column 'tensile strength'})
 * when a cell is to blame, else field paths within the unit's objects ({@code objects[3].name}).
 */
public record SourceUnit(String place, List<RecordObject> objects, List<Violation> violations) {

    public SourceUnit {
        objects = List.copyOf(objects);
        violations = List.copyOf(violations);
    }
}
