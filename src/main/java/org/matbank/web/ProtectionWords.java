package org.matbank.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.matbank.access.Protection;

/**
 * A protected dataset's rules in words (message keys with their argument), e.g. "verified
 * organisations of KR only", "only from 10.20.0.0/16", "at most 10,000 records a day", "secure
 * zone"; and the fields of the protection form.
 */
record ProtectionWords(List<Rule> rules) {

    /** One rule: a message key of the datasets bundle and its argument (null for none). */
    record Rule(String key, Object arg) {
    }

    static ProtectionWords of(Protection p) {
        List<Rule> rules = new ArrayList<>();
        String countries = String.join(", ", p.countries());
        if (p.verifiedOrganisations() && !p.countries().isEmpty()) {
            rules.add(new Rule("dataset.protection.verifiedIn", countries));
        } else if (p.verifiedOrganisations()) {
            rules.add(new Rule("dataset.protection.verified", null));
        } else if (!p.countries().isEmpty()) {
            rules.add(new Rule("dataset.protection.countries", countries));
        }
        if (!p.networks().isEmpty()) {
            rules.add(new Rule("dataset.protection.networks", String.join(", ", p.networks())));
        }
        if (p.recordsPerDay() != null) {
            rules.add(new Rule("dataset.protection.quota", p.recordsPerDay()));
        }
        if (p.secureZone()) {
            rules.add(new Rule("dataset.protection.secureZone", null));
        }
        if (rules.isEmpty()) {
            rules.add(new Rule("dataset.protection.audited", null));
        }
        return new ProtectionWords(rules);
    }

    /** The protection form's fields: as sent when the form was refused, else the rules in force (empty: none). */
    record Form(boolean verified, String countries, String networks, String quota, boolean secureZone) {

        static Form of(Protection p, Map<String, String> sent) {
            if (sent.containsKey("records_per_day")) {
                return new Form(sent.containsKey("verified_organisations"), sent.getOrDefault("countries", ""),
                        sent.getOrDefault("networks", ""), sent.get("records_per_day"), sent.containsKey("secure_zone"));
            }
            if (p == null) {
                return new Form(false, "", "", "", false);
            }
            return new Form(p.verifiedOrganisations(), String.join(", ", p.countries()), String.join("\n", p.networks()),
                    p.recordsPerDay() == null ? "" : p.recordsPerDay().toString(), p.secureZone());
        }
    }
}
