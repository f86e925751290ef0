package org.matbank.design;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Designs, their rounds and the specs saved from their candidates (V16). */
@Repository
class DesignRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DesignRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional
    void insert(Design design) {
        jdbc.sql("insert into design (id, name, request, author, owner, created_at) values (?, ?, cast(? as jsonb), ?, ?, ?)")
                .params(design.id(), design.name(), json.writeValueAsString(design.request()), design.author(), design.owner(),
                        Timestamp.from(design.createdAt())).update();
        design.rounds().forEach(r -> insert(design.id(), r));
    }

    /** Stores a round; a round stored first by another request is a conflict (409), not a crash. */
    void insert(UUID design, Design.Round r) {
        try {
            insertRound(design, r);
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException(Problem.CONFLICT, new Violation("round", "design.round.conflict", r.round(),
                    "another request stored round " + r.round() + " of this design first; reload the design"));
        }
    }

    private void insertRound(UUID design, Design.Round r) {
        jdbc.sql("insert into design_round (design_id, round, models, experiments, best, outcome, author, created_at)"
                + " values (?, ?, cast(? as jsonb), ?, ?, cast(? as jsonb), ?, ?)")
                .params(design, r.round(), json.writeValueAsString(r.models()), r.experiments(), r.best(), json.writeValueAsString(r.outcome()),
                        r.author(), Timestamp.from(r.createdAt())).update();
    }

    void saved(UUID design, int round, int rank, UUID spec, UUID dataset) {
        try {
            jdbc.sql("insert into design_spec (design_id, round, rank, spec_id, dataset_id) values (?, ?, ?, ?, ?)")
                    .params(design, round, rank, spec, dataset).update();
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException(Problem.CONFLICT, new Violation("candidates", "design.spec.saved", rank,
                    "candidate " + rank + " was saved by another request first"));
        }
    }

    Optional<Design> find(UUID id) {
        return jdbc.sql("select id, name, request, author, owner, created_at from design where id = ?").param(id)
                .query((rs, n) -> design(rs, rounds(id))).optional();
    }

    /** A line of the designs list and the models of its latest round (who may see it). */
    record Listed(Design.Summary summary, List<UUID> models) {
    }

    /** Every design's summary from its latest round, newest first: one query, no round's outcome read. */
    List<Listed> summaries() {
        return jdbc.sql("""
                select d.id, d.name, d.author, d.created_at, d.request, r.round, r.models, r.experiments, r.best
                from design d join design_round r on r.design_id = d.id
                where r.round = (select max(l.round) from design_round l where l.design_id = d.id)
                order by d.created_at desc, d.name""").query((rs, n) -> new Listed(new Design.Summary(rs.getObject("id", UUID.class),
                rs.getString("name"), rs.getString("author"), rs.getTimestamp("created_at").toInstant(),
                json.readValue(rs.getString("request"), DesignRequest.class).targets(), rs.getInt("round"), rs.getInt("experiments"),
                rs.getObject("best") == null ? null : rs.getDouble("best")),
                json.readValue(rs.getString("models"), new TypeReference<List<UUID>>() { }))).list();
    }

    private Design design(ResultSet rs, List<Design.Round> rounds) throws SQLException {
        return new Design(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("author"), rs.getObject("owner", UUID.class),
                rs.getTimestamp("created_at").toInstant(), json.readValue(rs.getString("request"), DesignRequest.class), rounds);
    }

    /** A saved candidate: its spec and the dataset the spec belongs to. */
    record Saved(UUID spec, UUID dataset) {
    }

    /** The candidates saved as specs, by "round/rank". */
    Map<String, Saved> saved(UUID id) {
        Map<String, Saved> specs = new HashMap<>();
        jdbc.sql("select round, rank, spec_id, dataset_id from design_spec where design_id = ?").param(id)
                .query(rs -> {
                    specs.put(rs.getInt("round") + "/" + rs.getInt("rank"),
                            new Saved(rs.getObject("spec_id", UUID.class), rs.getObject("dataset_id", UUID.class)));
                });
        return specs;
    }

    private List<Design.Round> rounds(UUID id) {
        return jdbc.sql("select round, models, experiments, best, outcome, author, created_at from design_round where design_id = ? order by round")
                .param(id).query((rs, n) -> {
                    int round = rs.getInt("round");
                    return new Design.Round(round, rs.getTimestamp("created_at").toInstant(), rs.getString("author"),
                            json.readValue(rs.getString("models"), new TypeReference<List<UUID>>() { }), rs.getInt("experiments"),
                            rs.getObject("best") == null ? null : rs.getDouble("best"), json.readValue(rs.getString("outcome"), DesignOutcome.class));
                }).list();
    }
}
