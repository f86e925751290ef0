package org.matbank.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.matbank.access.DatasetPeople.Person;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A dataset's way from draft to public: who sees its metadata in each state, who may change its
 * members and state, embargo dates, access requests during an embargo, the tombstone of a withdrawal.
 */
class DatasetLifecycleApiTest extends HttpApiTest {

    @Autowired
    AccountService accounts;
    @Autowired
    TokenService tokens;

    private Person kim;
    private Person lee;
    private Person park;

    @BeforeEach
    void people() {
        DatasetPeople people = new DatasetPeople(accounts, tokens, unique());
        kim = people.user("kim");
        lee = people.user("lee");
        park = people.user("park");
    }

    private String dataset(Person owner, String name) {
        Answer created = send("POST", "/api/datasets", "{\"name\":\"" + name + "\",\"description\":\"Q&T series\"}", owner.header());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.body().path("my_role").asString()).isEqualTo("owner");
        assertThat(created.body().path("dataset").path("state").asString()).isEqualTo("draft");
        return created.body().path("dataset").path("id").asString();
    }

    private Answer state(Person who, String id, String body) {
        return send("POST", "/api/datasets/" + id + "/state", body, who.header());
    }

    @Test
    void aDraftIsInvisibleToOthersUntilItIsEmbargoedThenItsMetadataIsPublic() {
        String id = dataset(kim, "fatigue " + unique());

        assertRefused(send("GET", "/api/datasets/" + id, null, park.header()), 404, "dataset.unknown");
        assertRefused(get("/api/datasets/" + id), 404, "dataset.unknown");
        assertThat(send("GET", "/api/datasets", null, park.header()).text()).doesNotContain(id);

        Answer embargoed = state(kim, id, "{\"state\":\"embargoed\",\"embargo_until\":\"" + LocalDate.now().plusMonths(6) + "\"}");

        assertThat(embargoed.status()).as("%s", embargoed).isEqualTo(200);
        JsonNode seen = get("/api/datasets/" + id).body();
        assertThat(seen.path("dataset").path("name").asString()).startsWith("fatigue");
        assertThat(seen.path("records_visible").asBoolean()).isFalse();
        assertThat(get("/api/datasets").text()).contains(id);
    }

    @Test
    void onlyOwnersChangeMembersAndStateAndTheLastOwnerStays() {
        String id = dataset(kim, "members " + unique());
        Answer added = send("PUT", "/api/datasets/" + id + "/members", "{\"login\":\"" + lee.login() + "\",\"role\":\"viewer\"}",
                kim.header());
        assertThat(added.status()).as("%s", added).isEqualTo(200);
        assertThat(added.text()).contains(lee.login()).contains("viewer");

        JsonNode byViewer = assertRefused(send("PUT", "/api/datasets/" + id + "/members",
                "{\"login\":\"" + park.login() + "\",\"role\":\"owner\"}", lee.header()), 403, "dataset.role.missing");
        assertThat(byViewer.path("message").asString()).contains("needs role owner").contains("has viewer");
        assertRefused(state(lee, id, "{\"state\":\"public\"}"), 403, "dataset.role.missing");
        assertRefused(state(park, id, "{\"state\":\"public\"}"), 404, "dataset.unknown");
        assertRefused(send("PUT", "/api/datasets/" + id + "/members", "{\"user_id\":\"" + kim.id() + "\",\"role\":\"viewer\"}",
                kim.header()), 409, "dataset.owner.last");
        assertRefused(send("PUT", "/api/datasets/" + id + "/members", "{\"login\":\"" + lee.login() + "\",\"role\":\"boss\"}",
                kim.header()), 422, "dataset.role.unknown");
        assertThat(send("GET", "/api/datasets/" + id + "/members", null, lee.header()).text()).contains(kim.login());
    }

    @Test
    void statesMoveOnlyForwardAndEmbargoesHaveALimit() {
        String id = dataset(kim, "states " + unique());

        assertRefused(state(kim, id, "{\"state\":\"embargoed\",\"embargo_until\":\"" + LocalDate.now().plusMonths(37) + "\"}"),
                422, "dataset.embargo.date");
        assertRefused(state(kim, id, "{\"state\":\"embargoed\",\"embargo_until\":\"" + LocalDate.now() + "\"}"),
                422, "dataset.embargo.date");
        assertRefused(state(kim, id, "{\"state\":\"withdrawn\",\"reason\":\"x\"}"), 409, "dataset.state.transition");
        assertThat(state(kim, id, "{\"state\":\"public\"}").status()).isEqualTo(200);
        JsonNode back = assertRefused(state(kim, id, "{\"state\":\"draft\"}"), 409, "dataset.state.transition");
        assertThat(back.path("message").asString()).contains("a public dataset cannot become draft").contains("withdrawn");
        assertRefused(state(kim, id, "{\"state\":\"withdrawn\"}"), 422, "dataset.withdraw.reason");

        Answer withdrawn = state(kim, id, "{\"state\":\"withdrawn\",\"reason\":\"calibration error in the tensile tests\"}");

        assertThat(withdrawn.status()).isEqualTo(200);
        JsonNode tombstone = get("/api/datasets/" + id).body();
        assertThat(tombstone.path("dataset").path("state").asString()).isEqualTo("withdrawn");
        assertThat(tombstone.path("dataset").path("withdrawn_reason").asString()).isEqualTo("calibration error in the tensile tests");
        assertThat(tombstone.path("records_visible").asBoolean()).isFalse();
        assertThat(jdbc.sql("""
                select string_agg((detail->>'from') || '->' || (detail->>'to'), ',' order by seq) from audit_event
                where action = 'dataset.state' and target like ?""").param("%" + id + "%").query(String.class).single())
                .as("state changes are audited").isEqualTo("draft->public,public->withdrawn");
    }

    @Test
    void duringAnEmbargoAUserAsksAndTheOwnerDecides() {
        String id = dataset(kim, "embargo " + unique());
        assertThat(state(kim, id, "{\"state\":\"embargoed\",\"embargo_until\":\"" + LocalDate.now().plusDays(30) + "\"}").status())
                .isEqualTo(200);

        Answer asked = send("POST", "/api/datasets/" + id + "/access-requests", "{\"message\":\"joint fatigue study\"}", park.header());
        assertThat(asked.status()).as("%s", asked).isEqualTo(201);
        assertRefused(send("POST", "/api/datasets/" + id + "/access-requests", "{\"message\":\"again\"}", park.header()),
                409, "access-request.pending");
        assertRefused(post("/api/datasets/" + id + "/access-requests", "{\"message\":\"anonymous\"}"), 401,
                "access-request.user.required");
        assertRefused(send("GET", "/api/datasets/" + id + "/access-requests", null, park.header()), 403, "dataset.role.missing");
        assertThat(send("GET", "/api/datasets/" + id, null, park.header()).body().path("records_visible").asBoolean()).isFalse();

        Answer approved = send("POST", "/api/datasets/" + id + "/access-requests/" + asked.body().path("id").asString(),
                "{\"approve\":true,\"reason\":\"joint project\"}", kim.header());

        assertThat(approved.body().path("state").asString()).isEqualTo("approved");
        assertThat(approved.body().path("decided_by").asString()).contains(kim.login());
        assertThat(send("GET", "/api/datasets/" + id, null, park.header()).body().path("records_visible").asBoolean()).isTrue();
        assertThat(send("GET", "/api/datasets/" + id, null, lee.header()).body().path("records_visible").asBoolean()).isFalse();
    }

    @Test
    void anEmbargoEndsOnItsDayWithoutAnyoneActing() {
        String id = dataset(kim, "ends " + unique());
        assertThat(state(kim, id, "{\"state\":\"embargoed\",\"embargo_until\":\"" + LocalDate.now().plusDays(1) + "\"}").status())
                .isEqualTo(200);
        assertThat(get("/api/datasets/" + id).body().path("records_visible").asBoolean()).isFalse();

        // a day passes
        jdbc.sql("update dataset set embargo_until = current_date where id = cast(? as uuid)").param(id).update();

        assertThat(get("/api/datasets/" + id).body().path("records_visible").asBoolean()).isTrue();
        assertThat(get("/api/datasets/" + id).body().path("state_today").asString()).isEqualTo("public");
    }

    @Test
    void anAnonymousCallerOrAServiceTokenCannotOwnADataset() {
        assertRefused(post("/api/datasets", "{\"name\":\"nobody's\"}"), 401, "dataset.user.required");
        assertRefused(send("POST", "/api/datasets", "{\"name\":\"\"}", kim.header()), 422, "dataset.name.missing");
    }
}
