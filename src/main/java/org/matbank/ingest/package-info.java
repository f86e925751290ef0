/**
 * Getting data in and out in bulk: GEMD JSON import and export, Excel data-entry workbooks per
 * template set ({@link org.matbank.ingest.Workbooks}), and the NIMS fatigue demo data.
 * Writes only through the record and template services, so every rule applies.
 */
package org.matbank.ingest;
