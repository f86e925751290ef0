package org.matbank.release;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The release table: rows are inserted once and never updated (a trigger refuses it). */
@Repository
class ReleaseRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReleaseRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    int nextVersion(String series) {
        // the lock makes two publishers of one series take turns; the unique key would refuse the second anyway
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("release:" + series).query().singleRow();
        return jdbc.sql("select coalesce(max(version), 0) + 1 from release where series = ?").param(series)
                .query(Integer.class).single();
    }

    /** Which datasets' records a release holds, and how many of each (contributor credit). */
    void datasets(UUID release, Map<UUID, Long> recordsByDataset) {
        recordsByDataset.forEach((dataset, records) -> jdbc.sql(
                "insert into release_dataset (release_id, dataset_id, records) values (?, ?, ?)")
                .params(release, dataset, records).update());
    }

    void insert(Release r) {
        jdbc.sql("""
                insert into release (id, series, version, title, creators, description, filter, text_query, pid, citation,
                    record_count, files, created_by, created_at)
                values (:id, :series, :version, :title, :creators, :description, :filter, :text, :pid, :citation,
                    :count, cast(:files as jsonb), :by, :at)""")
                .param("id", r.id()).param("series", r.series()).param("version", r.version()).param("title", r.title())
                .param("creators", r.creators().toArray(String[]::new)).param("description", r.description())
                .param("filter", r.filter()).param("text", r.text()).param("pid", r.pid()).param("citation", r.citation())
                .param("count", r.recordCount()).param("files", json.writeValueAsString(r.files()))
                .param("by", r.createdBy()).param("at", java.sql.Timestamp.from(r.createdAt()))
                .update();
    }

    Optional<Release> find(UUID id) {
        return jdbc.sql("select * from release where id = ?").param(id).query(this::read).optional();
    }

    List<Release> list(String series) {
        return jdbc.sql("select * from release where cast(:series as text) is null or series = :series order by series, version")
                .param("series", series).query(this::read).list();
    }

    private Release read(ResultSet rs, int n) throws SQLException {
        Array creators = rs.getArray("creators");
        return new Release(rs.getObject("id", UUID.class), rs.getString("series"), rs.getInt("version"),
                rs.getString("title"), Arrays.asList((String[]) creators.getArray()), rs.getString("description"),
                rs.getString("filter"), rs.getString("text_query"), rs.getString("pid"), rs.getString("citation"),
                rs.getLong("record_count"),
                json.readValue(rs.getString("files"), new TypeReference<List<Release.ReleaseFile>>() { }),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
