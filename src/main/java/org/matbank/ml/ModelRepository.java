package org.matbank.ml;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.matbank.table.TableDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The model registry's tables: {@code model}, {@code model_dataset} and {@code model_prediction}. */
@Repository
class ModelRepository {

    private static final String COLUMNS = "id, name, version, kind, target, target_unit, inputs, features, table_definition, table_id,"
            + " table_version, snapshot, row_count, public_rows, parameters, seed, metrics, sigma_scale, domain, analysis, code_version,"
            + " document_sha256, author, created_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ModelRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The version the next model of this name gets. */
    int nextVersion(String name) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from model where name = ?").param(name).query(Integer.class).single();
    }

    /** Stores a model, its document and its datasets, all or nothing. */
    @Transactional
    public void insert(Model m, byte[] document) {
        jdbc.sql("insert into model (" + COLUMNS + ", document) values (:id, :name, :version, :kind, :target, :unit,"
                + " cast(:inputs as jsonb), cast(:features as jsonb), cast(:definition as jsonb), :tableId, :tableVersion, :snapshot,"
                + " :rows, :publicRows, cast(:parameters as jsonb), :seed, cast(:metrics as jsonb), :scale, cast(:domain as jsonb),"
                + " cast(:analysis as jsonb), :code, :sha, :author, :created, :document)")
                .param("id", m.id()).param("name", m.name()).param("version", m.version()).param("kind", m.kind().json())
                .param("target", m.target()).param("unit", m.targetUnit()).param("inputs", json.writeValueAsString(m.inputs()))
                .param("features", json.writeValueAsString(m.features()))
                .param("definition", json.writeValueAsString(m.tableDefinition())).param("tableId", m.tableId())
                .param("tableVersion", m.tableVersion()).param("snapshot", m.snapshot()).param("rows", m.rows())
                .param("publicRows", m.publicRows()).param("parameters", json.writeValueAsString(m.parameters()))
                .param("seed", m.seed()).param("metrics", json.writeValueAsString(m.evaluation())).param("scale", m.sigmaScale())
                .param("domain", json.writeValueAsString(m.domain())).param("analysis", json.writeValueAsString(m.analysis()))
                .param("code", m.codeVersion()).param("sha", m.documentSha256()).param("author", m.author())
                .param("created", Timestamp.from(m.createdAt())).param("document", document).update();
        m.datasets().forEach((dataset, rows) -> jdbc.sql("insert into model_dataset (model_id, dataset_id, row_count) values (?, ?, ?)")
                .params(m.id(), dataset, rows).update());
    }

    Optional<Model> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from model where id = ?").param(id).query(this::read).optional().map(this::withDatasets);
    }

    /** Every model, newest first (the caller filters by access). */
    List<Model> all() {
        return jdbc.sql("select " + COLUMNS + " from model order by created_at desc, name, version desc").query(this::read).list()
                .stream().map(this::withDatasets).toList();
    }

    byte[] document(UUID id) {
        return jdbc.sql("select document from model where id = ?").param(id).query(byte[].class).single();
    }

    /** Counts a prediction request of {@code rows} rows for today. */
    void used(UUID model, int rows) {
        jdbc.sql("""
                insert into model_prediction (model_id, day, requests, row_count) values (?, ?, 1, ?)
                on conflict (model_id, day) do update set requests = model_prediction.requests + 1,
                    row_count = model_prediction.row_count + excluded.row_count""")
                .params(model, LocalDate.now(ZoneOffset.UTC), rows).update();
    }

    /** Prediction requests and rows served by a model, over all days. */
    long[] usage(UUID model) {
        return jdbc.sql("select coalesce(sum(requests), 0), coalesce(sum(row_count), 0) from model_prediction where model_id = ?")
                .param(model).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    private Model withDatasets(Model m) {
        Map<UUID, Integer> datasets = new HashMap<>();
        jdbc.sql("select dataset_id, row_count from model_dataset where model_id = ?").param(m.id())
                .query((ResultSet rs) -> {
                    datasets.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return new Model(m.id(), m.name(), m.version(), m.kind(), m.target(), m.targetUnit(), m.inputs(), m.features(),
                m.tableDefinition(), m.tableId(), m.tableVersion(), m.snapshot(), m.rows(), m.publicRows(), m.parameters(), m.seed(),
                m.evaluation(), m.sigmaScale(), m.domain(), m.analysis(), m.codeVersion(), m.documentSha256(), m.author(),
                m.createdAt(), datasets);
    }

    private Model read(ResultSet rs, int n) throws SQLException {
        return new Model(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("version"),
                ModelKind.parse(rs.getString("kind")), rs.getString("target"), rs.getString("target_unit"),
                json.readValue(rs.getString("inputs"), ModelInputs.class),
                json.readValue(rs.getString("features"), new TypeReference<List<String>>() { }),
                json.readValue(rs.getString("table_definition"), TableDefinition.class), rs.getObject("table_id", UUID.class),
                (Integer) rs.getObject("table_version"), rs.getString("snapshot"), rs.getInt("row_count"), rs.getInt("public_rows"),
                json.readValue(rs.getString("parameters"), new TypeReference<Map<String, Object>>() { }), rs.getLong("seed"),
                json.readValue(rs.getString("metrics"), ModelEvaluation.class), rs.getDouble("sigma_scale"),
                json.readValue(rs.getString("domain"), FeatureDomain.class),
                json.readValue(rs.getString("analysis"), ModelAnalysis.class), rs.getString("code_version"),
                rs.getString("document_sha256"), rs.getString("author"), rs.getTimestamp("created_at").toInstant(), Map.of());
    }
}
