package org.matbank.ingest;

import java.util.List;
import java.util.UUID;
import org.matbank.template.Bounds;

/**
 * One attribute column of a generated workbook: which attribute template (and version) its cells
 * are values of, in which object field (property, condition or parameter), how a cell is read
 * ({@code real}, {@code integer}, {@code categorical}, {@code composition}, {@code molecule} or {@code text}), and for real values the
 * template's unit and the column just right of it where a researcher may give another unit.
 *
 * @param index 0-based column index in {@code sheet}
 * @param unitIndex 0-based index of the unit column, or -1 when the value has no unit
 * @param requiredBy object templates (by id) that require this attribute; a row of such a template must fill it
 * @param bounds the attribute template's bounds when generating, for range hints; null when read back,
 *        because bounds are the validator's business
 */
record WorkbookColumn(String sheet, int index, String field, UUID template, int version, String name,
        String header, String valueType, String unit, int unitIndex, List<String> categories, List<String> requiredBy,
        Bounds bounds) {

    WorkbookColumn {
        categories = categories == null ? List.of() : List.copyOf(categories);
        requiredBy = requiredBy == null ? List.of() : List.copyOf(requiredBy);
    }
}
