package org.matbank.shared;

/** The kinds of rejected request, each with the HTTP status it is answered with. */
public enum Problem {
    /** The input cannot be read at all (malformed JSON, wrong type of field). */
    MALFORMED(400, "malformed input"),
    /** The input was read but breaks a rule (bounds, unit, template, reference, cycle). */
    INVALID(422, "invalid input"),
    /** The input clashes with what is stored (stale version, duplicate external id). */
    CONFLICT(409, "conflict"),
    /** The named thing does not exist. */
    NOT_FOUND(404, "not found"),
    /** The request needs a token and has none, or its token is unknown, expired or revoked. */
    UNAUTHORIZED(401, "unauthorized"),
    /** The caller may not do this: a token or user without the scope, a missing CSRF token. */
    FORBIDDEN(403, "forbidden"),
    /** Too many attempts from one address in a short time (sign-in); wait and try again. */
    TOO_MANY_REQUESTS(429, "too many requests");

    private final int status;
    private final String title;

    Problem(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
