package org.matbank.shared.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server MatBank starts itself when no database URL is configured. Its data
 * directory lives under the data folder, so data survives a restart; an ephemeral one (tests)
 * lives in a temporary folder that is removed on close.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "matbank";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on {@code directory}, creating the cluster on first use. */
    public static EmbeddedDatabase start(Path directory, boolean ephemeral) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("fsync", ephemeral ? "off" : "on");
            if (!ephemeral) {
                Files.createDirectories(directory);
                OrphanedServer.stopIfAny(directory);
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
            database.createDatabase();
            LOG.info("Embedded PostgreSQL on port {} with data in {}", database.postgres.getPort(),
                    ephemeral ? "a temporary folder" : directory);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + directory, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    private void createDatabase() {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!rs.next()) {
                s.execute("create database " + DATABASE + " encoding 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + DATABASE, e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
