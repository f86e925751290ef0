package org.matbank.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.stereotype.Service;

/**
 * The one place that decides what a caller may see and change of datasets: the {@link Audience}
 * of a request (read paths filter with it), and the role a change needs. A dataset the caller may
 * not see is answered 404, as if it did not exist, so that its id reveals nothing.
 */
@Service
public class DatasetAccess {

    private static final String AUDIENCE = Audience.class.getName();

    private final DatasetRepository datasets;
    private final AccountRepository accounts;

    DatasetAccess(DatasetRepository datasets, AccountRepository accounts) {
        this.datasets = datasets;
        this.accounts = accounts;
    }

    /**
     * What the caller of a request, from the request's client address, may see. Computed once per
     * request (two queries) and kept with it: a request's read paths ask several times.
     */
    public Audience audience(HttpServletRequest request) {
        if (request.getAttribute(AUDIENCE) instanceof Audience known) {
            return known;
        }
        Audience audience = audience(Caller.of(request).orElse(null), request.getRemoteAddr());
        request.setAttribute(AUDIENCE, audience);
        return audience;
    }

    /** What a caller (null: anonymous) may see from no particular network (the command line, releases). */
    public Audience audience(Caller caller) {
        return audience(caller, null);
    }

    private Audience audience(Caller caller, String address) {
        if (caller != null && caller.has(Scope.ADMIN)) {
            return new Audience(true, Set.of());
        }
        Set<UUID> visible = datasets.visibleTo(caller == null ? null : caller.userId());
        Map<UUID, Protection> protected_ = datasets.protections(visible);
        Set<UUID> noExport = new HashSet<>();
        if (!protected_.isEmpty()) {
            Organisation organisation = caller == null || caller.userId() == null ? null
                    : accounts.user(caller.userId()).map(UserAccount::organisationId).flatMap(accounts::organisation).orElse(null);
            protected_.forEach((id, rules) -> {
                if (!rules.admits(organisation, address)) {
                    visible.remove(id);
                } else if (rules.secureZone()) {
                    noExport.add(id);
                }
            });
        }
        return new Audience(false, visible, noExport);
    }

    /** The caller's role in a dataset, if a member. */
    public Optional<DatasetRole> role(Caller caller, UUID datasetId) {
        return caller == null || caller.userId() == null ? Optional.empty() : datasets.role(datasetId, caller.userId());
    }

    /**
     * The dataset, if the caller may see at least its metadata (public, embargoed and withdrawn
     * datasets: anyone; drafts and shared ones: members); else 404.
     */
    public Dataset visible(Caller caller, UUID datasetId) {
        Dataset d = datasets.find(datasetId).orElseThrow(() -> notFound(datasetId));
        if (d.state().metadataPublic() || isAdmin(caller) || role(caller, datasetId).isPresent()) {
            return d;
        }
        throw notFound(datasetId);
    }

    /** Refuses (403) a caller without at least {@code needed} in the dataset; administrators may do anything. */
    public Dataset require(Caller caller, UUID datasetId, DatasetRole needed, String action) {
        Dataset d = visible(caller, datasetId);
        if (isAdmin(caller)) {
            return d;
        }
        Optional<DatasetRole> role = role(caller, datasetId);
        if (role.isEmpty() || !role.get().implies(needed)) {
            String who = caller == null ? "an anonymous caller" : caller.describe();
            throw new InvalidInputException(caller == null ? Problem.UNAUTHORIZED : Problem.FORBIDDEN, new Violation("dataset",
                    "dataset.role.missing", needed.text(), action + " in dataset '" + d.name() + "' needs role " + needed.text()
                            + " or above; " + who + " has " + role.map(DatasetRole::text).orElse("no role")));
        }
        return d;
    }

    /**
     * Refuses a change to a record of a dataset unless the caller may make it: contributors change
     * records of drafts and shared datasets; once the records are (or will be) public, only curators,
     * and each change is a new version; a withdrawn dataset's records are not changed at all.
     */
    public void requireChange(Caller caller, UUID datasetId) {
        Dataset d = visible(caller, datasetId);
        DatasetState state = d.stateOn(java.time.LocalDate.now());
        if (state == DatasetState.WITHDRAWN) {
            throw new InvalidInputException(Problem.CONFLICT, new Violation("dataset", "dataset.withdrawn", d.id(),
                    "dataset '" + d.name() + "' was withdrawn (" + d.withdrawnReason() + "): its records stay as they are"));
        }
        boolean open = state == DatasetState.DRAFT || state == DatasetState.SHARED;
        require(caller, datasetId, open ? DatasetRole.CONTRIBUTOR : DatasetRole.CURATOR, "changing a record");
    }

    /** The protected datasets of an audience that have a daily download quota, with the quota. */
    public Map<UUID, Long> quotas(Audience audience) {
        Map<UUID, Long> quotas = new HashMap<>();
        if (!audience.everything()) {
            datasets.protections(audience.datasets()).forEach((id, rules) -> {
                if (rules.recordsPerDay() != null) {
                    quotas.put(id, rules.recordsPerDay());
                }
            });
        }
        return quotas;
    }

    /**
     * Counts a download of {@code records} records of a protected dataset against the caller's
     * quota for today, or refuses it (429) naming the dataset, the quota and what is left; a
     * refused download is not counted.
     */
    @org.springframework.transaction.annotation.Transactional
    public void charge(Caller caller, String address, UUID datasetId, long records, long quota) {
        String who = caller == null ? "anonymous@" + address : caller.userId() != null ? "user:" + caller.userId() : "token:" + caller.tokenId();
        long before = datasets.charge(datasetId, who, records);
        if (before + records > quota) {
            throw new InvalidInputException(Problem.TOO_MANY_REQUESTS, new Violation("dataset", "protection.quota.exceeded",
                    records, "this export holds " + records + " records of protected dataset '" + datasets.find(datasetId)
                            .map(Dataset::name).orElse(datasetId.toString()) + "', whose quota is " + quota
                            + " records a day; " + Math.max(0, quota - before) + " are left for today: narrow the query"));
        }
    }

    /** Notes what an export took of each dataset, for contributor credit. */
    public void downloaded(Map<UUID, Long> recordsByDataset) {
        recordsByDataset.forEach((id, records) -> {
            if (records > 0) {
                datasets.downloaded(id, records);
            }
        });
    }

    /** Whether a dataset is classed as protected core data (its views and exports are audited). */
    public boolean isProtected(UUID datasetId) {
        return datasets.protection(datasetId).isPresent();
    }

    static boolean isAdmin(Caller caller) {
        return caller != null && caller.has(Scope.ADMIN);
    }

    static InvalidInputException notFound(UUID id) {
        return new InvalidInputException(Problem.NOT_FOUND, new Violation("dataset", "dataset.unknown", id,
                "no dataset with this id (or not one you may see)"));
    }
}
