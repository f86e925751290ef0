package org.matbank.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation and app_user tables. Password hashes go in and are read for sign-in only. */
@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertOrganisation(UUID id, String name, String kind, String country) {
        jdbc.sql("insert into organisation (id, name, kind, country) values (?, ?, ?, ?)")
                .params(id, name, kind, country).update();
    }

    Optional<Organisation> organisation(UUID id) {
        return jdbc.sql("select * from organisation where id = ?").param(id).query(this::mapOrganisation).optional();
    }

    Optional<Organisation> organisationNamed(String name) {
        return jdbc.sql("select * from organisation where lower(name) = lower(?)").param(name).query(this::mapOrganisation).optional();
    }

    List<Organisation> organisations() {
        return jdbc.sql("select * from organisation order by name").query(this::mapOrganisation).list();
    }

    /** Marks an organisation verified (or not), noting who decided; false if there is no such organisation. */
    boolean verify(UUID id, boolean verified, String by) {
        return jdbc.sql("update organisation set verified = ?, verified_at = case when ? then now() end, verified_by = ? where id = ?")
                .params(verified, verified, by, id).update() == 1;
    }

    void insertUser(UUID id, String login, String displayName, String email, UUID organisationId, boolean administrator,
            String passwordHash) {
        jdbc.sql("""
                insert into app_user (id, login, display_name, email, organisation_id, administrator, password_hash)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, login, displayName, email, organisationId, administrator, passwordHash).update();
    }

    Optional<UserAccount> user(UUID id) {
        return jdbc.sql("select * from app_user where id = ?").param(id).query(this::mapUser).optional();
    }

    Optional<UserAccount> userByLogin(String login) {
        return jdbc.sql("select * from app_user where login = ?").param(login).query(this::mapUser).optional();
    }

    Optional<String> passwordHash(String login) {
        return jdbc.sql("select password_hash from app_user where login = ?").param(login).query(String.class).optional();
    }

    List<UserAccount> users() {
        return jdbc.sql("select * from app_user order by login").query(this::mapUser).list();
    }

    boolean anyAdministrator() {
        return jdbc.sql("select exists (select 1 from app_user where administrator and disabled_at is null)")
                .query(Boolean.class).single();
    }

    void setPassword(UUID id, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ?, password_set_at = now(), failed_sign_ins = 0, locked_until = null where id = ?")
                .params(passwordHash, id).update();
    }

    /**
     * Counts a failed sign-in and locks the account until {@code lockUntil} when the count reaches
     * {@code limit} (the count starts again then). One statement, so two failures at once are both counted.
     * Returns whether this failure locked the account (only then is the count back at 0).
     */
    boolean failedSignIn(String login, int limit, Instant lockUntil) {
        return jdbc.sql("""
                update app_user set
                  locked_until = case when failed_sign_ins + 1 >= ? then ? else locked_until end,
                  failed_sign_ins = case when failed_sign_ins + 1 >= ? then 0 else failed_sign_ins + 1 end
                where login = ?
                returning failed_sign_ins = 0""")
                .params(limit, Timestamp.from(lockUntil), limit, login).query(Boolean.class).optional().orElse(false);
    }

    void signedIn(String login) {
        jdbc.sql("update app_user set failed_sign_ins = 0, locked_until = null where login = ? and (failed_sign_ins > 0 or locked_until is not null)")
                .param(login).update();
    }

    boolean disable(UUID id, String reason) {
        return jdbc.sql("update app_user set disabled_at = now(), disabled_reason = ? where id = ? and disabled_at is null")
                .params(reason, id).update() == 1;
    }

    private Organisation mapOrganisation(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("kind"),
                rs.getString("country"), rs.getBoolean("verified"), instant(rs, "verified_at"), rs.getString("verified_by"),
                instant(rs, "created_at"));
    }

    private UserAccount mapUser(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getObject("id", UUID.class), rs.getString("login"), rs.getString("display_name"),
                rs.getString("email"), rs.getObject("organisation_id", UUID.class), rs.getBoolean("administrator"),
                rs.getInt("failed_sign_ins"), instant(rs, "locked_until"), instant(rs, "disabled_at"),
                rs.getString("disabled_reason"), instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
