/**
 * Releases: immutable, versioned, citable snapshots of a search result (of a dataset, once datasets
 * exist), with a persistent identifier, a citation text, checksummed bulk files and a history of
 * versions. A release is never changed: a later change of the data is a new version.
 */
package org.matbank.release;
