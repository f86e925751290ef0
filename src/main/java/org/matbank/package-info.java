/**
 * MatBank: an integrated materials information bank. Features live in their own packages
 * (template, record, ingest, ...) with dependencies in one direction, guarded by ArchitectureTest.
 */
package org.matbank;
