/**
 * Exports of any result set: tables of materials as CSV, XLSX and Parquet
 * ({@link org.matbank.export.TableLayout}, one row per {@link org.matbank.search.MaterialFacts}),
 * and materials with their whole histories as MatBank JSON and GEMD JSON. Every export is one ZIP
 * streamed to the caller: the data file, then {@code manifest.json}
 * ({@link org.matbank.export.ExportManifest}) with the query, the record count, the template
 * versions and the SHA-256 of each data file (docs/adr/0006). Nothing is capped and no export
 * holds its rows in memory. Entry point: {@link org.matbank.export.ExportService}; the HTTP side
 * belongs to search, which chooses the materials.
 */
package org.matbank.export;
