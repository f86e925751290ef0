package org.matbank.record;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** JDBC access to the record tables: objects, versions, external ids, history edges, attribute values. */
@Repository
class RecordRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    RecordRepository(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    record Located(UUID id, ObjectKind kind) {
    }

    /** @param inputHashes the {@link InputHash} of each object as submitted, in the same order */
    void insert(List<RecordObject> objects, List<String> inputHashes) {
        List<Object[]> rows = new ArrayList<>(objects.size());
        for (int i = 0; i < objects.size(); i++) {
            Object[] r = Arrays.copyOf(row(objects.get(i)), 13);
            r[12] = inputHashes.get(i);
            rows.add(r);
        }
        batch.batchUpdate("""
                insert into record_object (id, kind, version, name, template_id, template_version, author, institution,
                    record_date, body, created_at, updated_at, input_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""", rows);
    }

    /**
     * Replaces the current version if it is still {@code expectedVersion}, moving the old body to
     * record_version (which holds the superseded versions; the current one lives in record_object
     * only, so a bulk import writes each body once). False when someone else changed it first.
     */
    boolean replace(RecordObject o, int expectedVersion, String inputHash) {
        Object[] r = row(o);
        return !jdbc.sql("""
                with old as (
                    select id, version, body, updated_at from record_object where id = :id and version = :expected for update),
                changed as (
                    update record_object set version = :version, name = :name, template_id = :template,
                        template_version = :templateVersion, author = :author, institution = :institution,
                        record_date = :date, body = cast(:body as jsonb), updated_at = :updated, input_hash = :hash
                    where id = :id and version = :expected returning id)
                insert into record_version (id, version, body, created_at)
                select old.id, old.version, old.body, old.updated_at from old join changed on changed.id = old.id
                returning id""")
                .param("id", o.id()).param("expected", expectedVersion).param("version", r[2]).param("name", r[3])
                .param("template", r[4]).param("templateVersion", r[5]).param("author", r[6]).param("institution", r[7])
                .param("date", r[8]).param("body", r[9]).param("updated", r[11]).param("hash", inputHash)
                .query(UUID.class).list().isEmpty();
    }

    private Object[] row(RecordObject o) {
        UUID template = o.template() == null ? null : o.template().platformId();
        return new Object[] {o.id(), o.type().json(), o.version(), o.name(), template,
            template == null ? null : o.templateVersion(), o.author(), o.institution(),
            o.date() == null ? null : Date.valueOf(o.date()), json.writeValueAsString(o),
            Timestamp.from(o.createdAt()), Timestamp.from(o.updatedAt())};
    }

    void insertUids(List<RecordObject> objects) {
        List<Object[]> rows = new ArrayList<>();
        objects.forEach(o -> o.uids().forEach((scope, uid) -> rows.add(new Object[] {scope, uid, o.id()})));
        batch.batchUpdate("insert into record_uid (scope, uid, object_id) values (?, ?, ?)", rows);
    }

    void insertEdges(List<Edge> edges) {
        batch.batchUpdate("insert into history_edge (downstream_id, upstream_id, relation) values (?, ?, ?) on conflict do nothing",
                edges.stream().map(e -> new Object[] {e.downstream(), e.upstream(), e.relation()}).toList());
    }

    /** The dataset of each of these objects that belongs to one. */
    Map<UUID, UUID> datasets(Collection<UUID> ids) {
        Map<UUID, UUID> datasets = new HashMap<>();
        jdbc.sql("select id, dataset_id from record_object where id = any(cast(? as uuid[])) and dataset_id is not null")
                .param(ids.toArray(UUID[]::new))
                .query((rs, n) -> datasets.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
        return datasets;
    }

    /** Puts objects into a dataset (null: into none); the number of objects found. */
    int assignDataset(Collection<UUID> ids, UUID dataset) {
        return jdbc.sql("update record_object set dataset_id = ? where id = any(cast(? as uuid[]))")
                .params(dataset, ids.toArray(UUID[]::new)).update();
    }

    /** Notes objects as changed, in the writing transaction, for search to take in after commit. */
    void recordChanges(List<UUID> ids) {
        jdbc.sql("insert into record_change (object_id) select unnest(cast(? as uuid[]))")
                .param(ids.toArray(UUID[]::new)).update();
    }

    /** The materials an ingredient uses or a measurement measures (their facts change with it). */
    List<UUID> linkedMaterials(UUID id) {
        return jdbc.sql("select upstream_id from history_edge where downstream_id = ? and relation in ('uses', 'measures')")
                .param(id).query(UUID.class).list();
    }

    void insertAttributeValues(List<Object[]> rows) {
        batch.batchUpdate("""
                insert into attribute_value (object_id, position, attribute_type, name, template_id, template_version,
                    value_type, origin, si_value, si_lower, si_upper, si_unit, category)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** Removes what an object derived from its own fields, before an update writes it anew. */
    void deleteDerived(UUID id) {
        jdbc.sql("delete from record_uid where object_id = ?").param(id).update();
        jdbc.sql("delete from attribute_value where object_id = ?").param(id).update();
        jdbc.sql("""
                delete from history_edge where (downstream_id = :id and relation <> 'consumes')
                   or (upstream_id = :id and relation = 'consumes')""").param("id", id).update();
    }

    Map<String, UUID> uidOwners(List<String[]> scopeAndUid) {
        if (scopeAndUid.isEmpty()) {
            return Map.of();
        }
        String[] scopes = scopeAndUid.stream().map(p -> p[0]).toArray(String[]::new);
        String[] uids = scopeAndUid.stream().map(p -> p[1]).toArray(String[]::new);
        return jdbc.sql("""
                select u.scope, u.uid, u.object_id from record_uid u
                join unnest(cast(? as text[]), cast(? as text[])) as q(scope, uid) on q.scope = u.scope and q.uid = u.uid""")
                .params(scopes, uids)
                .query((rs, n) -> Map.entry(rs.getString(1) + ":" + rs.getString(2), rs.getObject(3, UUID.class)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    /** Id, version and input hash of the objects that own the given external ids, keyed {@code scope:uid}. */
    Map<String, StoredState> states(List<String[]> scopeAndUid) {
        if (scopeAndUid.isEmpty()) {
            return Map.of();
        }
        String[] scopes = scopeAndUid.stream().map(p -> p[0]).toArray(String[]::new);
        String[] uids = scopeAndUid.stream().map(p -> p[1]).toArray(String[]::new);
        return jdbc.sql("""
                select u.scope, u.uid, o.id, o.version, o.input_hash from record_uid u
                join unnest(cast(? as text[]), cast(? as text[])) as q(scope, uid) on q.scope = u.scope and q.uid = u.uid
                join record_object o on o.id = u.object_id""")
                .params(scopes, uids)
                .query((rs, n) -> Map.entry(rs.getString(1) + ":" + rs.getString(2),
                        new StoredState(rs.getObject(3, UUID.class), rs.getInt(4), rs.getString(5))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    Map<UUID, StoredState> statesById(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, version, input_hash from record_object where id = any(?)")
                .param(ids.toArray(UUID[]::new))
                .query((rs, n) -> new StoredState(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3)))
                .list().stream().collect(Collectors.toMap(StoredState::id, s -> s));
    }

    Optional<Located> locate(UUID id) {
        return jdbc.sql("select id, kind from record_object where id = ?").param(id)
                .query((rs, n) -> new Located(rs.getObject(1, UUID.class), ObjectKind.fromJson(rs.getString(2)))).optional();
    }

    Optional<Located> locate(String scope, String uid) {
        return jdbc.sql("select o.id, o.kind from record_uid u join record_object o on o.id = u.object_id where u.scope = ? and u.uid = ?")
                .params(scope, uid)
                .query((rs, n) -> new Located(rs.getObject(1, UUID.class), ObjectKind.fromJson(rs.getString(2)))).optional();
    }

    Optional<RecordObject> find(UUID id) {
        return jdbc.sql("select body::text from record_object where id = ?").param(id).query(String.class).optional().map(this::read);
    }

    Optional<RecordObject> findVersion(UUID id, int version) {
        return jdbc.sql("""
                select body::text from record_object where id = :id and version = :version
                union all select body::text from record_version where id = :id and version = :version""")
                .param("id", id).param("version", version)
                .query(String.class).optional().map(this::read);
    }

    List<RecordObject> versions(UUID id) {
        return jdbc.sql("""
                select body::text from (
                    select body, version from record_version where id = :id
                    union all select body, version from record_object where id = :id) v
                order by version""").param("id", id)
                .query(String.class).list().stream().map(this::read).toList();
    }

    List<RecordObject> findAll(List<UUID> ids) {
        return jdbc.sql("select body::text from record_object where id = any(?)").param(ids.toArray(UUID[]::new))
                .query(String.class).list().stream().map(this::read).toList();
    }

    /** A page in id order of the objects of no dataset or of the datasets given (all, when {@code datasets} is null). */
    List<RecordObject> list(String kind, UUID after, int limit, UUID[] datasets) {
        return jdbc.sql("""
                select body::text from record_object
                where (cast(:kind as text) is null or kind = :kind) and (cast(:after as uuid) is null or id > :after)
                  and (cast(:datasets as uuid[]) is null or dataset_id is null or dataset_id = any(cast(:datasets as uuid[])))
                order by id limit :limit""")
                .param("kind", kind).param("after", after).param("datasets", datasets).param("limit", limit)
                .query(String.class).list().stream().map(this::read).toList();
    }

    /** The first cycle through any of the given objects, as the ids along it, or empty. */
    List<UUID> findCycle(List<UUID> ids) {
        return jdbc.sql("""
                with recursive walk(node, path, cycle) as (
                    select e.upstream_id, array[e.downstream_id, e.upstream_id], e.upstream_id = e.downstream_id
                    from history_edge e where e.downstream_id = any(?) and e.relation <> 'spec'
                  union all
                    select e.upstream_id, w.path || e.upstream_id, e.upstream_id = any(w.path)
                    from walk w join history_edge e on e.downstream_id = w.node and e.relation <> 'spec'
                    where not w.cycle)
                select path from walk where cycle limit 1""")
                .param(ids.toArray(UUID[]::new))
                .query((rs, n) -> List.of((UUID[]) rs.getArray(1).getArray())).optional().orElse(List.of());
    }

    /** Every history edge upstream of an object, plus the measurements of the materials reached. */
    List<Edge> upstream(UUID id) {
        return jdbc.sql("""
                with recursive up(node) as (
                    select cast(? as uuid)
                  union
                    select e.upstream_id from up join history_edge e on e.downstream_id = up.node and e.relation <> 'spec')
                select e.downstream_id, e.upstream_id, e.relation from history_edge e
                where (e.downstream_id in (select node from up) and e.relation <> 'spec')
                   or (e.relation = 'measures' and e.upstream_id in (select node from up))""")
                .param(id)
                .query((rs, n) -> new Edge(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3))).list();
    }

    private RecordObject read(String body) {
        return json.readValue(body, RecordObject.class);
    }
}
