package org.matbank.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
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

    private final DatasetRepository datasets;

    DatasetAccess(DatasetRepository datasets) {
        this.datasets = datasets;
    }

    /** What the caller of a request may see. */
    public Audience audience(HttpServletRequest request) {
        return audience(Caller.of(request).orElse(null));
    }

    /** What a caller (null: anonymous) may see. */
    public Audience audience(Caller caller) {
        if (caller != null && caller.has(Scope.ADMIN)) {
            return new Audience(true, java.util.Set.of());
        }
        return new Audience(false, datasets.visibleTo(caller == null ? null : caller.userId()));
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

    static boolean isAdmin(Caller caller) {
        return caller != null && caller.has(Scope.ADMIN);
    }

    static InvalidInputException notFound(UUID id) {
        return new InvalidInputException(Problem.NOT_FOUND, new Violation("dataset", "dataset.unknown", id,
                "no dataset with this id (or not one you may see)"));
    }
}
