package org.matbank.record;

import java.util.Optional;
import org.matbank.shared.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Keeps attachments (spectra, images) in PostgreSQL, once per content hash. */
@Service
public class FileStore {

    private final JdbcClient jdbc;

    FileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a file; storing the same bytes again returns the same hash and stores nothing new. */
    public StoredFile store(String filename, String mediaType, byte[] content) {
        String sha256 = Sha256.of(content);
        jdbc.sql("""
                insert into stored_file (sha256, filename, media_type, size, content) values (?, ?, ?, ?, ?)
                on conflict (sha256) do nothing""")
                .params(sha256, filename, mediaType, content.length, content).update();
        return describe(sha256).orElseThrow();
    }

    public Optional<StoredFile> describe(String sha256) {
        return jdbc.sql("select sha256, filename, media_type, size from stored_file where sha256 = ?").param(sha256)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).optional();
    }

    /** Every stored file, without its content: what a whole-bank export walks through. */
    public java.util.List<StoredFile> list() {
        return jdbc.sql("select sha256, filename, media_type, size from stored_file order by sha256")
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
    }

    public Optional<byte[]> content(String sha256) {
        return jdbc.sql("select content from stored_file where sha256 = ?").param(sha256).query(byte[].class).optional();
    }

    boolean exists(String sha256) {
        return describe(sha256).isPresent();
    }

}
