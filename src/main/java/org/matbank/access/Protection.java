package org.matbank.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The rules of a dataset classed as protected core data. Records of such a dataset reach a
 * caller only if every rule given holds; administrators are exempt (they operate the server).
 *
 * @param countries             organisations' countries allowed (ISO alpha-2); empty: any
 * @param verifiedOrganisations only users of organisations an administrator verified
 * @param networks              client addresses allowed (CIDR, IPv4 or IPv6); empty: any
 * @param recordsPerDay         most records one user may download per day (null: no quota)
 * @param secureZone            records may be searched, viewed and analysed inside MatBank but
 *                              never exported raw
 */
public record Protection(List<String> countries, Boolean verifiedOrganisations, List<String> networks, Long recordsPerDay,
        Boolean secureZone) {

    public Protection {
        // a rule left out of the request is not asked for
        verifiedOrganisations = Boolean.TRUE.equals(verifiedOrganisations);
        secureZone = Boolean.TRUE.equals(secureZone);
        countries = countries == null ? List.of()
                : countries.stream().map(c -> c == null ? "" : c.strip().toUpperCase(Locale.ROOT)).toList();
        networks = networks == null ? List.of() : networks.stream().map(n -> n == null ? "" : n.strip()).toList();
    }

    /** Refuses rules that cannot work, naming each. */
    void check() {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < countries.size(); i++) {
            if (!countries.get(i).matches("[A-Z]{2}")) {
                violations.add(new Violation("countries[" + i + "]", "protection.country", countries.get(i),
                        "a country is a two-letter ISO 3166 code, e.g. KR"));
            }
        }
        for (int i = 0; i < networks.size(); i++) {
            try {
                new IpAddressMatcher(networks.get(i));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("networks[" + i + "]", "protection.network", networks.get(i),
                        "a network is an address or CIDR block, e.g. 10.20.0.0/16 or 2001:db8::/32"));
            }
        }
        if (recordsPerDay != null && recordsPerDay < 0) {
            violations.add(new Violation("records_per_day", "protection.quota", recordsPerDay, "a quota is 0 or more records per day"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, violations);
        }
    }

    /** Whether a caller of this organisation (null: none), from this address (null: unknown), may receive the records. */
    boolean admits(Organisation organisation, String address) {
        if (verifiedOrganisations && (organisation == null || !organisation.verified())) {
            return false;
        }
        if (!countries.isEmpty() && (organisation == null || !countries.contains(organisation.country()))) {
            return false;
        }
        return networks.isEmpty() || address != null && networks.stream().anyMatch(n -> new IpAddressMatcher(n).matches(address));
    }
}
