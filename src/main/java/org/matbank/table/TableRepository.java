package org.matbank.table;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The data_tables and data_table_versions tables: versions are inserted, never changed. */
@Repository
class TableRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TableRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<StoredTable> byName(String name) {
        return jdbc.sql(SELECT + " where t.name = ?").param(name).query(this::table).optional();
    }

    Optional<StoredTable> find(UUID id) {
        return jdbc.sql(SELECT + " where t.id = ?").param(id).query(this::table).optional();
    }

    /** The tables of an author (null: anonymous ones), or every table. */
    List<StoredTable> list(boolean every, String author) {
        return jdbc.sql(SELECT + " where :every or t.author is not distinct from cast(:author as text) order by t.name")
                .param("every", every).param("author", author).query(this::table).list();
    }

    /** Creates the table of a name, or finds it (two savers of a new name take turns). */
    StoredTable create(String name, String author) {
        jdbc.sql("insert into data_tables (id, name, author, created) values (?, ?, ?, ?) on conflict (name) do nothing")
                .params(UUID.randomUUID(), name, author, Timestamp.from(Instant.now())).update();
        return byName(name).orElseThrow();
    }

    /** Adds the next version; the row lock on the table makes concurrent savers take turns. */
    TableVersion add(StoredTable table, TableDefinition definition, Table built) {
        jdbc.sql("select id from data_tables where id = ? for update").param(table.id()).query(UUID.class).single();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from data_table_versions where table_id = ?")
                .param(table.id()).query(Integer.class).single();
        Instant created = Instant.now();
        jdbc.sql("""
                insert into data_table_versions (table_id, version, definition, snapshot, rows, columns, created)
                values (?, ?, cast(? as jsonb), ?, ?, cast(? as jsonb), ?)""")
                .params(table.id(), version, json.writeValueAsString(definition), built.snapshot(), built.rows(),
                        json.writeValueAsString(built.columns()), Timestamp.from(created))
                .update();
        return version(table.id(), version).orElseThrow();
    }

    Optional<TableVersion> version(UUID table, int version) {
        return jdbc.sql(VERSIONS + " where v.table_id = ? and v.version = ?").params(table, version).query(this::version).optional();
    }

    List<TableVersion> versions(UUID table) {
        return jdbc.sql(VERSIONS + " where v.table_id = ? order by v.version").param(table).query(this::version).list();
    }

    private static final String SELECT = """
            select t.id, t.name, t.author, t.created,
                (select count(*) from data_table_versions v where v.table_id = t.id) as versions
            from data_tables t""";

    private static final String VERSIONS = """
            select v.table_id, t.name, v.version, v.definition, v.snapshot, v.rows, v.columns, v.created
            from data_table_versions v join data_tables t on t.id = v.table_id""";

    private StoredTable table(ResultSet rs, int n) throws SQLException {
        return new StoredTable(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("author"),
                rs.getTimestamp("created").toInstant(), rs.getInt("versions"));
    }

    private TableVersion version(ResultSet rs, int n) throws SQLException {
        return new TableVersion(rs.getObject("table_id", UUID.class), rs.getString("name"), rs.getInt("version"),
                json.readValue(rs.getString("definition"), TableDefinition.class), rs.getString("snapshot"), rs.getInt("rows"),
                json.readValue(rs.getString("columns"), new TypeReference<List<TableColumn>>() { }),
                rs.getTimestamp("created").toInstant());
    }
}
