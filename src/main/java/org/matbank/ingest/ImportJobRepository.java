package org.matbank.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The import_job table. Written outside the import's own transaction, so a failed import is still on record. */
@Repository
class ImportJobRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportJobRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID id, ImportSettings s, String sha256, long size) {
        jdbc.sql("""
                insert into import_job (id, format, file_name, sha256, size, author, mode, validation, status, dataset_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?)""")
                .params(id, s.format(), s.fileName(), sha256, size, s.author(), s.keepValid() ? "keep-valid" : "all-or-nothing",
                        s.validation().name().toLowerCase(Locale.ROOT), s.dataset()).update();
    }

    void started(UUID id) {
        jdbc.sql("update import_job set status = 'running', started_at = now() where id = ?").param(id).update();
    }

    void finished(UUID id, String status, ImportProgress p, ImportReport report, String message) {
        jdbc.sql("""
                update import_job set status = ?, finished_at = now(), units_read = ?, units_written = ?, units_skipped = ?,
                    units_failed = ?, objects_created = ?, objects_updated = ?, template_versions = cast(? as jsonb),
                    report = cast(? as jsonb), message = ? where id = ?""")
                .params(status, p.unitsRead(), p.unitsWritten(), p.unitsSkipped(), p.unitsFailed(), p.objectsCreated(),
                        p.objectsUpdated(), json.writeValueAsString(report.templateVersions()), json.writeValueAsString(report),
                        message, id).update();
    }

    /** Imports that were queued or running when the server stopped: their transactions never committed. */
    int markInterrupted() {
        return jdbc.sql("""
                update import_job set status = 'interrupted', finished_at = now(),
                    message = 'the server stopped during the import; nothing of it was written'
                where status in ('queued', 'running')""").update();
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select * from import_job where id = ?").param(id).query(this::job).optional();
    }

    /** The latest jobs into no dataset or into the datasets given (all, when {@code datasets} is null). */
    List<ImportJob> recent(int limit, UUID[] datasets) {
        return jdbc.sql("""
                select * from import_job
                where cast(:datasets as uuid[]) is null or dataset_id is null or dataset_id = any(cast(:datasets as uuid[]))
                order by created_at desc limit :limit""")
                .param("datasets", datasets).param("limit", limit).query(this::job).list();
    }

    /** The dataset a job imports into, if any. */
    Optional<UUID> dataset(UUID id) {
        return jdbc.sql("select dataset_id from import_job where id = ? and dataset_id is not null").param(id)
                .query(UUID.class).optional();
    }

    Optional<String> report(UUID id) {
        return jdbc.sql("select report::text from import_job where id = ? and report is not null").param(id)
                .query(String.class).optional();
    }

    private ImportJob job(ResultSet rs, int row) throws SQLException {
        return new ImportJob(rs.getObject("id", UUID.class), rs.getString("format"), rs.getString("file_name"),
                rs.getString("sha256"), rs.getLong("size"), rs.getString("author"), rs.getString("mode"),
                rs.getString("validation"), rs.getString("status"), instant(rs, "created_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"), rs.getLong("units_read"), rs.getLong("units_written"),
                rs.getLong("units_skipped"), rs.getLong("units_failed"), rs.getLong("objects_created"),
                rs.getLong("objects_updated"), json.readValue(rs.getString("template_versions"), new TypeReference<List<String>>() { }),
                rs.getString("message"), -1);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
