package org.matbank.access;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.matbank.shared.Ids;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating datasets, their members and their way from draft to public (or withdrawn). */
@Service
public class DatasetService {

    /** NOMAD's longest embargo; longer would hide publicly funded data for too long. */
    static final int MAX_EMBARGO_MONTHS = 36;

    private final DatasetRepository datasets;
    private final DatasetAccess access;
    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    DatasetService(DatasetRepository datasets, DatasetAccess access, AccountRepository accounts, ApplicationEventPublisher events,
            AuditLog audit) {
        this.datasets = datasets;
        this.access = access;
        this.accounts = accounts;
        this.events = events;
        this.audit = audit;
    }

    /** Creates a draft dataset owned by the caller, who must be a user (signed in, or with a user's token). */
    @Transactional
    public Dataset create(Caller caller, DatasetRequests.NewDataset request) {
        if (caller == null || caller.userId() == null) {
            throw new InvalidInputException(Problem.UNAUTHORIZED, new Violation("session", "dataset.user.required", null,
                    "a dataset is created by a user (sign in, or use a token that belongs to a user); its creator is its first owner"));
        }
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, new Violation("name", "dataset.name.missing", request.name(),
                    "a dataset needs a name"));
        }
        UUID organisation = request.organisationId() != null ? request.organisationId()
                : accounts.user(caller.userId()).map(UserAccount::organisationId).orElse(null);
        if (organisation != null && accounts.organisation(organisation).isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, new Violation("organisation_id", "dataset.organisation.unknown",
                    organisation, "no organisation with this id"));
        }
        UUID id = Ids.next();
        datasets.insert(id, name, request.description(), organisation, caller.userId());
        datasets.putMember(id, caller.userId(), DatasetRole.OWNER, caller.describe());
        Dataset created = datasets.find(id).orElseThrow();
        audit.record("dataset.created", AuditTargets.of(created), Map.of());
        return created;
    }

    public List<Dataset> list(Caller caller) {
        return datasets.listed(caller == null ? null : caller.userId(), DatasetAccess.isAdmin(caller));
    }

    public List<DatasetMember> members(Caller caller, UUID id) {
        access.require(caller, id, DatasetRole.VIEWER, "listing the members");
        return datasets.members(id);
    }

    public long records(UUID id) {
        return datasets.records(id);
    }

    /** Adds a member or changes a member's role (owners); the last owner cannot be demoted. */
    @Transactional
    public List<DatasetMember> putMember(Caller caller, UUID id, DatasetRequests.Member request) {
        access.require(caller, id, DatasetRole.OWNER, "changing members");
        DatasetRole role = DatasetRole.parse(request.role()).orElseThrow(() -> new InvalidInputException(Problem.INVALID,
                new Violation("role", "dataset.role.unknown", request.role(), "the roles are owner, curator, contributor and viewer")));
        UserAccount user = (request.userId() != null ? accounts.user(request.userId())
                : accounts.userByLogin(request.login() == null ? "" : request.login().strip().toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> new InvalidInputException(Problem.INVALID, new Violation(request.userId() != null ? "user_id" : "login",
                        "dataset.member.unknown", request.userId() != null ? request.userId() : request.login(), "no such user")));
        boolean lastOwner = datasets.role(id, user.id()).filter(r -> r == DatasetRole.OWNER).isPresent()
                && role != DatasetRole.OWNER && datasets.owners(id) == 1;
        if (lastOwner) {
            throw lastOwnerRefusal(user.login());
        }
        datasets.putMember(id, user.id(), role, caller == null ? "anonymous" : caller.describe());
        audit.record("dataset.member.set", AuditTargets.of(datasets.find(id).orElseThrow()),
                Map.of("user", AuditTargets.of(user), "role", role.text()));
        return datasets.members(id);
    }

    @Transactional
    public List<DatasetMember> removeMember(Caller caller, UUID id, UUID userId) {
        access.require(caller, id, DatasetRole.OWNER, "removing members");
        if (datasets.role(id, userId).filter(r -> r == DatasetRole.OWNER).isPresent() && datasets.owners(id) == 1) {
            throw lastOwnerRefusal(accounts.user(userId).map(UserAccount::login).orElse(userId.toString()));
        }
        datasets.removeMember(id, userId);
        audit.record("dataset.member.removed", AuditTargets.of(datasets.find(id).orElseThrow()), Map.of("user_id", userId.toString()));
        return datasets.members(id);
    }

    /** Moves a dataset to another state (owners), checking the way and the embargo date. */
    @Transactional
    public Dataset changeState(Caller caller, UUID id, DatasetRequests.StateChange request) {
        Dataset d = access.require(caller, id, DatasetRole.OWNER, "changing the state");
        DatasetState from = d.stateOn(LocalDate.now());
        DatasetState to = DatasetState.parse(request.state()).orElseThrow(() -> new InvalidInputException(Problem.INVALID,
                new Violation("state", "dataset.state.unknown", request.state(),
                        "the states are draft, shared, embargoed, public and withdrawn")));
        if (!from.next().contains(to)) {
            throw new InvalidInputException(Problem.CONFLICT, new Violation("state", "dataset.state.transition", to.text(),
                    "a " + from.text() + " dataset cannot become " + to.text() + (from.next().isEmpty() ? ""
                            : "; it can become " + String.join(" or ", from.next().stream().map(DatasetState::text).toList()))));
        }
        LocalDate until = null;
        String reason = null;
        if (to == DatasetState.EMBARGOED) {
            until = request.embargoUntil();
            LocalDate latest = LocalDate.now().plusMonths(MAX_EMBARGO_MONTHS);
            if (until == null || !until.isAfter(LocalDate.now()) || until.isAfter(latest)) {
                throw new InvalidInputException(Problem.INVALID, new Violation("embargo_until", "dataset.embargo.date", until,
                        "an embargo ends on a day after today and at most " + MAX_EMBARGO_MONTHS + " months ahead (" + latest + ")"));
            }
        }
        if (to == DatasetState.WITHDRAWN) {
            reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
            if (reason == null) {
                throw new InvalidInputException(Problem.INVALID, new Violation("reason", "dataset.withdraw.reason", null,
                        "say why the dataset is withdrawn; the reason stays on its tombstone"));
            }
        }
        datasets.setState(id, to, until, reason);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("from", from.text());
        detail.put("to", to.text());
        detail.put("embargo_until", until == null ? null : until.toString());
        detail.put("reason", reason);
        audit.record("dataset.state", AuditTargets.of(d), detail);
        if ((from == DatasetState.PUBLIC) != (to == DatasetState.PUBLIC)) {
            changed(id); // the records' openness changed: materials of other datasets that use them are re-read
        }
        return datasets.find(id).orElseThrow();
    }

    /**
     * Classes a dataset as protected core data with these rules, or changes them (owners and
     * administrators). Only an administrator lifts a protection ({@code null}).
     */
    @Transactional
    public Dataset protect(Caller caller, UUID id, Protection rules) {
        if (rules == null) {
            if (!DatasetAccess.isAdmin(caller)) {
                throw new InvalidInputException(caller == null ? Problem.UNAUTHORIZED : Problem.FORBIDDEN, new Violation("protection",
                        "protection.lift", null, "only an administrator lifts the protection of core data"));
            }
            access.visible(caller, id);
        } else {
            access.require(caller, id, DatasetRole.OWNER, "protecting the dataset");
            rules.check();
        }
        datasets.setProtection(id, rules);
        Dataset d = datasets.find(id).orElseThrow();
        audit.record(rules == null ? "dataset.protection-lifted" : "dataset.protected", AuditTargets.of(d),
                rules == null ? Map.of() : Map.of("rules", rules.toString()));
        return d;
    }

    public Optional<Protection> protection(UUID id) {
        return datasets.protection(id);
    }

    /** Moves embargoed datasets whose day has come to public; returns how many. */
    @Transactional
    public int releaseEndedEmbargoes() {
        List<UUID> released = datasets.releaseEndedEmbargoes();
        released.forEach(id -> {
            changed(id);
            audit.record(AuditActor.SYSTEM, "dataset.embargo-ended", AuditTargets.of(datasets.find(id).orElseThrow()), Map.of());
        });
        return released.size();
    }

    private void changed(UUID id) {
        events.publishEvent(new DatasetChanged(id));
    }

    private static InvalidInputException lastOwnerRefusal(String login) {
        return new InvalidInputException(Problem.CONFLICT, new Violation("role", "dataset.owner.last", login,
                login + " is the dataset's last owner: make another member owner first"));
    }
}
