package org.matbank.template;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** JDBC access to the template tables. */
@Repository
class TemplateRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TemplateRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Template template) {
        jdbc.sql("""
                insert into template (id, version, kind, name, body, author, created_at)
                values (:id, :version, :kind, :name, cast(:body as jsonb), :author, :at)""")
                .param("id", template.id()).param("version", template.version())
                .param("kind", template.type().json()).param("name", template.name())
                .param("body", json.writeValueAsString(template)).param("author", template.author())
                .param("at", Timestamp.from(template.createdAt()))
                .update();
    }

    void replaceUids(UUID id, Map<String, String> uids) {
        jdbc.sql("delete from template_uid where template_id = :id").param("id", id).update();
        uids.forEach((scope, uid) -> jdbc.sql("insert into template_uid (scope, uid, template_id) values (?, ?, ?)")
                .params(scope, uid, id).update());
    }

    Optional<UUID> idOfUid(String scope, String uid) {
        return jdbc.sql("select template_id from template_uid where scope = ? and uid = ?")
                .params(scope, uid).query(UUID.class).optional();
    }

    Optional<Integer> latestVersion(UUID id) {
        return jdbc.sql("select max(version) from template where id = ?").param(id)
                .query(Integer.class).optional();
    }

    Optional<Template> find(UUID id, int version) {
        return jdbc.sql("select body::text from template where id = ? and version = ?").params(id, version)
                .query(String.class).optional().map(this::read);
    }

    List<Template> listLatest(String kind) {
        return jdbc.sql("""
                select distinct on (id) body::text from template
                where (cast(:kind as text) is null or kind = :kind)
                order by id, version desc""")
                .param("kind", kind).query(String.class).list()
                .stream().map(this::read).sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    /** Every version of every template: attribute templates first (object templates refer to them), then by id and version. */
    List<Template> allVersions() {
        return jdbc.sql("""
                select body::text from template
                order by case when kind in ('property_template', 'condition_template', 'parameter_template') then 0 else 1 end,
                    id, version""").query(String.class).list().stream().map(this::read).toList();
    }

    List<Template> versions(UUID id) {
        return jdbc.sql("select body::text from template where id = ? order by version").param(id)
                .query(String.class).list().stream().map(this::read).toList();
    }

    private Template read(String body) {
        return json.readValue(body, Template.class);
    }
}
