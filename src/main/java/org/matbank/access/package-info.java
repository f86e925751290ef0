/**
 * Who may call MatBank and what each caller may see and change: API tokens (a secret shown once,
 * kept only as its SHA-256, with scopes read, write and admin, expiry and revocation); users and
 * organisations who sign in with a password; datasets with members, roles, states (draft, shared,
 * embargoed, public, withdrawn), access requests and protection rules for core data; the one
 * decision of what a caller may see ({@link org.matbank.access.DatasetAccess#audience}, an
 * {@link org.matbank.access.Audience} every read path filters with); and the append-only,
 * hash-chained {@link org.matbank.access.AuditLog}. Depends only on {@code org.matbank.shared}; its
 * SQL reads {@code record_object.dataset_id} but no class of the record package.
 */
package org.matbank.access;
