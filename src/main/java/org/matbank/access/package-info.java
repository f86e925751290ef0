/**
 * Who may call the API: API tokens (a secret shown once, kept only as its SHA-256, with scopes
 * read, write and admin, an optional expiry and revocation), the filter that turns
 * {@code Authorization: Bearer <token>} into a {@link org.matbank.access.Caller}, and the one rule
 * that decides which requests need which scope. Depends only on {@code org.matbank.shared}; issue 5
 * adds users and organisations on top of it.
 */
package org.matbank.access;
