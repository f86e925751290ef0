/**
 * Who may call the API: API tokens (a secret shown once, kept only as its SHA-256, with scopes
 * read, write and admin, an optional expiry and revocation), the filter that turns
 * {@code Authorization: Bearer <token>} into a {@link org.matbank.access.Caller}, and the one rule
 * that decides which requests need which scope; users and organisations who sign in with a
 * password; and the append-only, hash-chained {@link org.matbank.access.AuditLog} of sign-ins and
 * changes to tokens and accounts. Depends only on {@code org.matbank.shared}.
 */
package org.matbank.access;
