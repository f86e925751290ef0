package org.matbank.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.matbank.shared.Ids;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access requests during an embargo: a signed-in user asks, the dataset's owners approve or
 * refuse. An approved request opens the records until the embargo ends (then they are public).
 */
@Service
public class AccessRequests {

    private final JdbcClient jdbc;
    private final DatasetAccess access;
    private final AuditLog audit;

    AccessRequests(JdbcClient jdbc, DatasetAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public AccessRequest ask(Caller caller, UUID datasetId, String message) {
        if (caller == null || caller.userId() == null) {
            throw new InvalidInputException(Problem.UNAUTHORIZED, new Violation("session", "access-request.user.required", null,
                    "sign in to ask for access: the owners decide on a person, not an anonymous caller"));
        }
        Dataset d = access.visible(caller, datasetId);
        if (d.stateOn(LocalDate.now()) != DatasetState.EMBARGOED) {
            throw new InvalidInputException(Problem.CONFLICT, new Violation("dataset", "access-request.not-embargoed",
                    d.stateOn(LocalDate.now()).text(), "access is asked for during an embargo; this dataset is " + d.stateOn(LocalDate.now()).text()));
        }
        if (access.audience(caller).sees(datasetId)) {
            throw new InvalidInputException(Problem.CONFLICT, new Violation("dataset", "access-request.already", null,
                    "you may already see this dataset's records"));
        }
        UUID id = Ids.next();
        int inserted = jdbc.sql("""
                insert into access_request (id, dataset_id, user_id, message) values (?, ?, ?, ?)
                on conflict (dataset_id, user_id) where state = 'pending' do nothing""")
                .params(id, datasetId, caller.userId(), message).update();
        if (inserted == 0) {
            throw new InvalidInputException(Problem.CONFLICT, new Violation("dataset", "access-request.pending", null,
                    "you have a request for this dataset waiting for the owners"));
        }
        audit.record("access-request.asked", AuditTargets.of(d), Map.of("request", id.toString()));
        return find(id);
    }

    /** The dataset's requests, newest first (owners). */
    public List<AccessRequest> list(Caller caller, UUID datasetId) {
        access.require(caller, datasetId, DatasetRole.OWNER, "reading access requests");
        return jdbc.sql(SELECT + " where r.dataset_id = ? order by r.created_at desc").param(datasetId).query(this::map).list();
    }

    @Transactional
    public AccessRequest decide(Caller caller, UUID datasetId, UUID requestId, DatasetRequests.Decision decision) {
        Dataset d = access.require(caller, datasetId, DatasetRole.OWNER, "deciding access requests");
        int decided = jdbc.sql("""
                update access_request set state = ?, decided_by = ?, decided_at = now(), reason = ?
                where id = ? and dataset_id = ? and state = 'pending'""")
                .params(decision.approve() ? "approved" : "refused", caller.describe(), decision.reason(), requestId, datasetId)
                .update();
        if (decided == 0) {
            throw new InvalidInputException(Problem.CONFLICT, new Violation("id", "access-request.decided", requestId,
                    "no pending request with this id in this dataset"));
        }
        AccessRequest request = find(requestId);
        audit.record("access-request." + request.state(), AuditTargets.of(d),
                Map.of("request", requestId.toString(), "user", request.login()));
        return request;
    }

    private static final String SELECT = """
            select r.*, u.login from access_request r join app_user u on u.id = r.user_id""";

    private AccessRequest find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(this::map).single();
    }

    private AccessRequest map(ResultSet rs, int row) throws SQLException {
        return new AccessRequest(rs.getObject("id", UUID.class), rs.getObject("dataset_id", UUID.class),
                rs.getObject("user_id", UUID.class), rs.getString("login"), rs.getString("message"), rs.getString("state"),
                rs.getString("decided_by"), instant(rs, "decided_at"), rs.getString("reason"), instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
