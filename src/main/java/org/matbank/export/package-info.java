/**
 * Exports of any result set: tables of materials as CSV, XLSX and Parquet
 * ({@link org.matbank.export.TableLayout}, one row per {@link org.matbank.search.MaterialFacts}),
 * and materials with their whole histories as MatBank JSON and GEMD JSON. Every export is one ZIP
 * streamed to the caller: the data file, then {@code manifest.json}
 * ({@link org.matbank.export.ExportManifest}) with the query, the record count, the template
 * versions and the SHA-256 of each data file (docs/adr/0006). Nothing is capped and no export
 * holds its rows in memory. Entry point: {@link org.matbank.export.ExportService}; the search
 * export's HTTP side is here, search chooses the materials. The whole bank and records by id leave
 * through {@link org.matbank.export.BankExport}.
 *
 * <p>Every export but a release file is marked (docs/adr/0008): a random
 * {@link org.matbank.export.ExportFingerprint} goes into the manifest with the
 * {@link org.matbank.export.Recipient} and into the data file, and the {@link org.matbank.export.ExportLog}
 * records who received it, before the first byte and when the stream ends.
 * {@link org.matbank.export.ExportIdentifier} names the export a leaked file came from.
 */
package org.matbank.export;
