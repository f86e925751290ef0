/**
 * Getting data in and out in bulk: GEMD JSON import and export, and the NIMS fatigue demo data.
 * Writes only through the record and template services, so every rule applies.
 */
package org.matbank.ingest;
