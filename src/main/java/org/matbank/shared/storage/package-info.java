/**
 * Where data lives: an embedded PostgreSQL under the data folder, or the server named by
 * MATBANK_DB_URL. Flyway migrations in db/migration create the schema.
 */
package org.matbank.shared.storage;
