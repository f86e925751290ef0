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
    /** The request's token lacks the scope the request needs. */
    FORBIDDEN(403, "forbidden");

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
