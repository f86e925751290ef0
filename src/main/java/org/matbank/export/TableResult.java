package org.matbank.export;

import java.util.List;

/**
 * What a table writer wrote.
 *
 * @param columns the columns of the file, in order (Parquet adds list columns to the layout's)
 * @param rows the materials written
 * @param valuesOutsideLayout values left out because the layout has no column for them
 */
record TableResult(List<TableLayout.Column> columns, long rows, long valuesOutsideLayout) {
}
