package org.matbank.access;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How audit events name what they are about: a name for people reading the log, and the id, which
 * stays the same when a name is changed or reused.
 */
final class AuditTargets {

    private AuditTargets() {
    }

    static String of(UserAccount user) {
        return "user '" + user.login() + "' (" + user.id() + ")";
    }

    static String of(Organisation organisation) {
        return "organisation '" + organisation.name() + "' (" + organisation.id() + ")";
    }

    static String of(Dataset dataset) {
        return "dataset '" + dataset.name() + "' (" + dataset.id() + ")";
    }

    static String of(ApiToken token) {
        return "token '" + token.name() + "' (" + token.id() + ")";
    }

    /** What a new user may do and where they belong; never the password or its hash. */
    static Map<String, Object> detail(UserAccount user) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("administrator", user.administrator());
        detail.put("organisation_id", user.organisationId() == null ? null : user.organisationId().toString());
        return detail;
    }
}
