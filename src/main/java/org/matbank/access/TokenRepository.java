package org.matbank.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The api_token table. It holds each token's SHA-256, never its secret. */
@Repository
class TokenRepository {

    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String name, String owner, UUID userId, String hash, List<Scope> scopes, Instant expiresAt) {
        jdbc.sql("""
                insert into api_token (id, name, owner, user_id, token_hash, scopes, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, name, owner, userId, hash, scopes.stream().map(Scope::text).toArray(String[]::new), timestamp(expiresAt))
                .update();
    }

    Optional<ApiToken> find(UUID id) {
        return jdbc.sql("select * from api_token where id = ?").param(id).query(this::token).optional();
    }

    Optional<ApiToken> findByHash(String hash) {
        return jdbc.sql("select * from api_token where token_hash = ?").param(hash).query(this::token).optional();
    }

    /** Every token, newest first. */
    List<ApiToken> all() {
        return jdbc.sql("select * from api_token order by created_at desc, id desc").query(this::token).list();
    }

    /** Revokes a token that is not revoked yet; false if there is no such token or it was revoked before. */
    boolean revoke(UUID id, String reason) {
        return jdbc.sql("update api_token set revoked_at = now(), revoked_reason = ? where id = ? and revoked_at is null")
                .params(reason, id).update() == 1;
    }

    /** Notes a use of the token, unless one was noted in the last minute. */
    void used(UUID id) {
        jdbc.sql("""
                update api_token set last_used_at = now()
                where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
                .param(id).update();
    }

    private ApiToken token(ResultSet rs, int row) throws SQLException {
        Instant expiresAt = instant(rs, "expires_at");
        Instant revokedAt = instant(rs, "revoked_at");
        String status = revokedAt != null ? "revoked"
                : expiresAt != null && !expiresAt.isAfter(Instant.now()) ? "expired" : "active";
        return new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("owner"),
                rs.getObject("user_id", UUID.class), scopes(rs.getArray("scopes")), status, instant(rs, "created_at"), expiresAt, instant(rs, "last_used_at"),
                revokedAt, rs.getString("revoked_reason"));
    }

    private static List<Scope> scopes(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(text -> Scope.parse(text).orElseThrow()).toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
