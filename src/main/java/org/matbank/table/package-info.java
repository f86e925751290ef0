/**
 * Tables: flat, versioned views of material histories, one row per terminal material, columns for
 * element fractions, ingredient amounts, process parameters, conditions and properties, numbers in
 * SI; what models train on (docs/TABLES.md). Built from search facts with the caller's audience
 * (docs/adr/0011), so a table never holds what its caller may not see; downloads go through the
 * export path. Public API: {@link org.matbank.table.TableDefinition}, {@link org.matbank.table.Table},
 * {@link org.matbank.table.TableColumn}, {@link org.matbank.table.MissingRule},
 * {@link org.matbank.table.TableService}.
 */
package org.matbank.table;
