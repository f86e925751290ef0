package org.matbank.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The audit_event table: rows are inserted once and never changed (a trigger refuses it). */
@Repository
class AuditRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The last event's seq and hash. */
    record Head(long seq, String hash) {
    }

    /** An event with its detail exactly as PostgreSQL returns it, which is what its hash covers. */
    record Stored(AuditEvent event, String detail) {
    }

    /**
     * Takes the log's lock until the end of the transaction: the one who holds it reads the head and
     * appends after it, so two appends at once can never both follow the same event (a fork).
     */
    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('audit_event'))").query().singleRow();
    }

    Optional<Head> head() {
        return jdbc.sql("select seq, hash from audit_event order by seq desc limit 1")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash"))).optional();
    }

    /** The time and detail of an event about to be recorded, as PostgreSQL will store and return them. */
    record Stamp(Instant at, String detail) {
    }

    /**
     * Asks PostgreSQL for the event's time (after the lock was taken, so times rise with seq) and
     * for the detail as jsonb gives it back, so that the hash covers exactly what verify will read.
     */
    Stamp stamp(String detailJson) {
        return jdbc.sql("select clock_timestamp() as at, cast(? as jsonb)::text as detail").param(detailJson)
                .query((rs, n) -> new Stamp(instant(rs), rs.getString("detail"))).single();
    }

    void insert(AuditEvent e, String detail) {
        jdbc.sql("""
                insert into audit_event (seq, at, actor, actor_user_id, address, action, target, detail, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(e.seq(), OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC), e.actor(), e.actorUserId(), e.address(),
                        e.action(), e.target(), detail, e.previousHash(), e.hash())
                .update();
    }

    /** Up to {@code limit} events after {@code seq}, oldest first: the chain read in slices. */
    List<Stored> after(long seq, int limit) {
        return jdbc.sql("select *, detail::text as detail_text from audit_event where seq > ? order by seq limit ?")
                .params(seq, limit).query(this::stored).list();
    }

    /**
     * Events newest first: of an action or a family of actions ({@code sign-in} matches
     * {@code sign-in.failed}), at or after {@code since}, before seq {@code before}; each null for any.
     */
    List<AuditEvent> page(String action, Instant since, Long before, int limit) {
        return jdbc.sql("""
                select *, detail::text as detail_text from audit_event
                where (cast(:action as text) is null or action = :action or left(action, length(:action) + 1) = :action || '.')
                  and (cast(:since as timestamptz) is null or at >= :since)
                  and (cast(:before as bigint) is null or seq < :before)
                order by seq desc limit :limit""")
                .param("action", action).param("since", since == null ? null : OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .param("before", before).param("limit", limit)
                .query((rs, n) -> stored(rs, n).event()).list();
    }

    private Stored stored(ResultSet rs, int row) throws SQLException {
        String detail = rs.getString("detail_text");
        return new Stored(new AuditEvent(rs.getLong("seq"), instant(rs), rs.getString("actor"),
                rs.getObject("actor_user_id", UUID.class), rs.getString("address"), rs.getString("action"),
                rs.getString("target"), JSON.readTree(detail), rs.getString("previous_hash"), rs.getString("hash")), detail);
    }

    private static Instant instant(ResultSet rs) throws SQLException {
        return rs.getObject("at", OffsetDateTime.class).toInstant();
    }
}
