package org.matbank.access;

import org.matbank.shared.Violation;

/** The outcome of checking a secret: its caller, or why it does not work (unknown, expired, revoked). */
record Verification(Caller caller, Violation refusal) {

    static Verification valid(Caller caller) {
        return new Verification(caller, null);
    }

    static Verification refused(String rule, String message) {
        // the value stays empty: a refusal never repeats the secret it was given
        return new Verification(null, new Violation(AccessFilter.HEADER, rule, null, message));
    }
}
