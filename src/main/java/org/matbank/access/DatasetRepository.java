package org.matbank.access;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The dataset and dataset_member tables, and the one query of who sees which datasets. */
@Repository
class DatasetRepository {

    /** Datasets anyone may see the records of: public, or embargoed until a day that has come. */
    static final String OPEN = "(d.state = 'public' or (d.state = 'embargoed' and d.embargo_until <= current_date))";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DatasetRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The protection of those of these datasets that are protected. */
    Map<UUID, Protection> protections(Collection<UUID> ids) {
        Map<UUID, Protection> protections = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, protection::text from dataset where protection is not null and id = any(cast(? as uuid[]))")
                    .param(ids.toArray(UUID[]::new))
                    .query((rs, n) -> protections.put(rs.getObject(1, UUID.class), json.readValue(rs.getString(2), Protection.class)))
                    .list();
        }
        return protections;
    }

    Optional<Protection> protection(UUID id) {
        return Optional.ofNullable(protections(List.of(id)).get(id));
    }

    void setProtection(UUID id, Protection protection) {
        jdbc.sql("update dataset set protection = cast(? as jsonb) where id = ?")
                .params(protection == null ? null : json.writeValueAsString(protection), id).update();
    }

    void insert(UUID id, String name, String description, UUID organisationId, UUID createdBy) {
        jdbc.sql("insert into dataset (id, name, description, organisation_id, created_by) values (?, ?, ?, ?, ?)")
                .params(id, name, description, organisationId, createdBy).update();
    }

    Optional<Dataset> find(UUID id) {
        return jdbc.sql("select * from dataset where id = ?").param(id).query(this::mapDataset).optional();
    }

    /** Every dataset whose metadata the user (null: anonymous) may see; all for an administrator. */
    List<Dataset> listed(UUID userId, boolean everything) {
        return jdbc.sql("""
                select * from dataset d where ? or d.state in ('embargoed', 'public', 'withdrawn')
                  or exists (select 1 from dataset_member m where m.dataset_id = d.id and m.user_id = ?)
                order by d.created_at desc, d.id""").params(everything, userId).query(this::mapDataset).list();
    }

    /**
     * The datasets whose records a user (null: anonymous) may see: the open ones; as a member,
     * shared and embargoed ones, drafts for writers (not viewers), withdrawn ones for owners and
     * curators; and embargoed ones the user's approved access request opens.
     */
    Set<UUID> visibleTo(UUID userId) {
        Set<UUID> ids = new HashSet<>(jdbc.sql("select d.id from dataset d where " + OPEN).query(UUID.class).list());
        if (userId != null) {
            ids.addAll(jdbc.sql("""
                    select d.id from dataset d join dataset_member m on m.dataset_id = d.id and m.user_id = ?
                    where d.state in ('shared', 'embargoed', 'public')
                       or d.state = 'draft' and m.role <> 'viewer'
                       or d.state = 'withdrawn' and m.role in ('owner', 'curator')
                    union
                    select r.dataset_id from access_request r join dataset d on d.id = r.dataset_id
                    where r.user_id = ? and r.state = 'approved' and d.state = 'embargoed'""")
                    .params(userId, userId).query(UUID.class).list());
        }
        return ids;
    }

    Optional<DatasetRole> role(UUID datasetId, UUID userId) {
        return jdbc.sql("select role from dataset_member where dataset_id = ? and user_id = ?").params(datasetId, userId)
                .query(String.class).optional().flatMap(DatasetRole::parse);
    }

    /** Adds a member or changes the member's role. */
    void putMember(UUID datasetId, UUID userId, DatasetRole role, String by) {
        jdbc.sql("""
                insert into dataset_member (dataset_id, user_id, role, added_by) values (?, ?, ?, ?)
                on conflict (dataset_id, user_id) do update set role = excluded.role""")
                .params(datasetId, userId, role.text(), by).update();
    }

    boolean removeMember(UUID datasetId, UUID userId) {
        return jdbc.sql("delete from dataset_member where dataset_id = ? and user_id = ?").params(datasetId, userId).update() == 1;
    }

    int owners(UUID datasetId) {
        return jdbc.sql("select count(*) from dataset_member where dataset_id = ? and role = 'owner'").param(datasetId)
                .query(Integer.class).single();
    }

    List<DatasetMember> members(UUID datasetId) {
        return jdbc.sql("""
                select m.user_id, u.login, u.display_name, m.role, m.added_by, m.added_at
                from dataset_member m join app_user u on u.id = m.user_id where m.dataset_id = ? order by u.login""")
                .param(datasetId)
                .query((rs, n) -> new DatasetMember(rs.getObject("user_id", UUID.class), rs.getString("login"),
                        rs.getString("display_name"), DatasetRole.parse(rs.getString("role")).orElseThrow(),
                        rs.getString("added_by"), rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    void setState(UUID id, DatasetState state, LocalDate embargoUntil, String withdrawnReason) {
        jdbc.sql("""
                update dataset set state = ?, embargo_until = ?, withdrawn_reason = ?, state_changed_at = now() where id = ?""")
                .params(state.text(), embargoUntil == null ? null : Date.valueOf(embargoUntil), withdrawnReason, id).update();
    }

    /** Moves every embargoed dataset whose day has come to public; the ids moved. */
    List<UUID> releaseEndedEmbargoes() {
        return jdbc.sql("""
                update dataset set state = 'public', state_changed_at = now()
                where state = 'embargoed' and embargo_until <= current_date returning id""").query(UUID.class).list();
    }

    /** Adds a download to today's count and returns the count before it. */
    long charge(UUID datasetId, String userKey, long records) {
        return jdbc.sql("""
                insert into download_usage (dataset_id, user_key, day, records) values (?, ?, current_date, ?)
                on conflict (dataset_id, user_key, day) do update set records = download_usage.records + excluded.records
                returning records - ?""").params(datasetId, userKey, records, records).query(Long.class).single();
    }

    /** Notes an export that took {@code records} records of a dataset (contributor credit). */
    void downloaded(UUID datasetId, long records) {
        jdbc.sql("""
                insert into dataset_download (dataset_id, day, exports, records) values (?, current_date, 1, ?)
                on conflict (dataset_id, day) do update
                set exports = dataset_download.exports + 1, records = dataset_download.records + excluded.records""")
                .params(datasetId, records).update();
    }

    long records(UUID datasetId) {
        return jdbc.sql("select count(*) from record_object where dataset_id = ?").param(datasetId).query(Long.class).single();
    }

    private Dataset mapDataset(ResultSet rs, int row) throws SQLException {
        Date until = rs.getDate("embargo_until");
        return new Dataset(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                rs.getObject("organisation_id", UUID.class), DatasetState.parse(rs.getString("state")).orElseThrow(),
                until == null ? null : until.toLocalDate(), rs.getString("withdrawn_reason"),
                rs.getObject("created_by", UUID.class), instant(rs, "created_at"), instant(rs, "state_changed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
