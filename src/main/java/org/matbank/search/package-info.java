/**
 * Search: finding materials by property, composition, process, conditions, identity and words.
 * Every material (spec or run) is flattened with its history into {@link org.matbank.search.MaterialFacts},
 * kept in a Lucene index beside PostgreSQL (ADR 0005) and queried with MatBank's filter language,
 * modelled on the OPTIMADE filter grammar. Visibility is applied in one place, the query builder.
 * The facts hold properties, parameters, conditions and ingredient amounts; tables
 * ({@code org.matbank.table}) are built from them.
 */
package org.matbank.search;
