package org.matbank.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A flat view of material histories: one row per terminal material, numbers in SI.
 *
 * @param definition what was asked
 * @param columns the columns, in order
 * @param materials the material of each row (sorted by id)
 * @param datasets the dataset of each row's material (null: no dataset)
 * @param numbers per column, its cells for a number column (NaN when missing), null for a text column
 * @param texts per column, its cells for a text column (null when missing), null for a number column
 * @param snapshot SHA-256 (hex) over the columns and, row by row, material id, version and cells: the
 *     same data give the same snapshot
 */
public record Table(TableDefinition definition, List<TableColumn> columns, List<UUID> materials, List<UUID> datasets,
        List<double[]> numbers, List<String[]> texts, String snapshot) {

    public Table {
        columns = List.copyOf(columns);
        materials = List.copyOf(materials);
        datasets = Collections.unmodifiableList(new ArrayList<>(datasets));
        numbers = Collections.unmodifiableList(new ArrayList<>(numbers));
        texts = Collections.unmodifiableList(new ArrayList<>(texts));
        if (datasets.size() != materials.size() || numbers.size() != columns.size() || texts.size() != columns.size()) {
            throw new IllegalArgumentException("a table has a dataset per row and cells per column");
        }
    }

    public int rows() {
        return materials.size();
    }

    /** The index of a column by name, or -1. */
    public int column(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The cells of a number column (NaN when missing). */
    public double[] numbers(String column) {
        double[] cells = numbers.get(require(column));
        if (cells == null) {
            throw new IllegalArgumentException("column '" + column + "' holds text");
        }
        return cells;
    }

    /** The cells of a text column (null when missing). */
    public String[] texts(String column) {
        String[] cells = texts.get(require(column));
        if (cells == null) {
            throw new IllegalArgumentException("column '" + column + "' holds numbers");
        }
        return cells;
    }

    private int require(String column) {
        int i = column(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column '" + column + "' in this table");
        }
        return i;
    }
}
