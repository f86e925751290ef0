package org.matbank.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.matbank.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export log (table {@code export_log}): who received which export. A marked export is logged
 * before its first byte leaves and finished once when its stream ends, so that no fingerprint is
 * ever out in a file without its row, even when the download is cut off on purpose or the server
 * stops. Rows are never deleted and a finished row never changes (a trigger refuses both).
 */
@Repository
public class ExportLog {

    private static final String COLUMNS = "id, fingerprint, at, finished_at, outcome, recipient, recipient_user_id, token_id,"
            + " address, format, query, record_count, data_sha256, data_size";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ExportLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Logs a marked export as started; {@code query} is what chose the records, written as JSON. */
    void started(ExportRequest request, Instant at, Object query) {
        insert(request.fingerprint(), at, "started", request.recipient(), request.format().json(), query, null, null, null);
    }

    /** Finishes a started export that was written to the end. */
    void complete(String fingerprint, long records, ExportManifest.DataFile data) {
        finish(fingerprint, "complete", records, data.sha256(), data.size());
    }

    /** Finishes a started export whose stream broke after {@code records} records and {@code bytes} bytes. */
    void cutOff(String fingerprint, long records, long bytes) {
        finish(fingerprint, "cut off", records, null, bytes);
    }

    /** Logs a release file handed out: a public file without a fingerprint, found again by its checksum. */
    public void served(Recipient recipient, ExportFormat format, Object query, long records, String sha256, long size) {
        insert(null, Instant.now(), "served", recipient, format.json(), query, records, sha256, size);
    }

    /** The export that carries a fingerprint. */
    public Optional<ExportLogEntry> find(String fingerprint) {
        return jdbc.sql("select " + COLUMNS + " from export_log where fingerprint = ?").param(fingerprint)
                .query(this::read).optional();
    }

    /** The exports whose data file had one of the given checksums, newest first. */
    public List<ExportLogEntry> withChecksum(Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from export_log where data_sha256 = any(:sums) order by at desc, id desc")
                .param("sums", sha256s.toArray(String[]::new)).query(this::read).list();
    }

    /** The latest exports, newest first. */
    public List<ExportLogEntry> newest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from export_log order by at desc, id desc limit ?").param(limit)
                .query(this::read).list();
    }

    private void insert(String fingerprint, Instant at, String outcome, Recipient recipient, String format, Object query,
            Long records, String sha256, Long size) {
        jdbc.sql("""
                insert into export_log (id, fingerprint, at, finished_at, outcome, recipient, recipient_user_id, token_id, address,
                    format, query, record_count, data_sha256, data_size)
                values (:id, :fingerprint, :at, :finished, :outcome, :who, :user,
                    :token, :address, :format, cast(:query as jsonb), :records, :sha256, :size)""")
                .param("id", Ids.next()).param("fingerprint", fingerprint).param("at", Timestamp.from(at))
                .param("finished", "started".equals(outcome) ? null : Timestamp.from(Instant.now()))
                .param("outcome", outcome).param("who", recipient.who()).param("user", recipient.userId())
                .param("token", recipient.tokenId()).param("address", recipient.address()).param("format", format)
                .param("query", json.writeValueAsString(query)).param("records", records).param("sha256", sha256)
                .param("size", size)
                .update();
    }

    private void finish(String fingerprint, String outcome, long records, String sha256, long size) {
        jdbc.sql("""
                update export_log set finished_at = now(), outcome = :outcome, record_count = :records, data_sha256 = :sha256,
                    data_size = :size
                where fingerprint = :fingerprint and outcome = 'started'""")
                .param("outcome", outcome).param("records", records).param("sha256", sha256).param("size", size)
                .param("fingerprint", fingerprint)
                .update();
    }

    private ExportLogEntry read(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ExportLogEntry(rs.getObject("id", UUID.class), rs.getString("fingerprint"), rs.getTimestamp("at").toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString("outcome"), rs.getString("recipient"),
                rs.getObject("recipient_user_id", UUID.class), rs.getObject("token_id", UUID.class), rs.getString("address"),
                rs.getString("format"), json.readTree(rs.getString("query")), (Long) rs.getObject("record_count"),
                rs.getString("data_sha256"), (Long) rs.getObject("data_size"));
    }
}
