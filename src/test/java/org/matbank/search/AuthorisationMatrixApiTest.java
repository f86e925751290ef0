package org.matbank.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.matbank.access.AccountService;
import org.matbank.access.DatasetPeople;
import org.matbank.access.DatasetPeople.Person;
import org.matbank.access.TokenService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The authorisation matrix: for every dataset state and every kind of caller (owner, curator,
 * contributor, viewer, a signed-up outsider, anonymous, an administrator), which requests on the
 * dataset and its records are allowed. Each cell is a real request; the expected sets below are
 * the rules of docs/SECURITY.md written out, and the test asserts the exact set allowed.
 */
class AuthorisationMatrixApiTest extends HttpApiTest {

    private static final List<String> STATES = List.of("draft", "shared", "embargoed", "public", "withdrawn");
    private static final List<String> CALLERS = List.of("owner", "curator", "contributor", "viewer", "outsider", "anonymous", "admin");

    /** Who may do what, per state: the rules as a reader of SECURITY.md would write them down. */
    private static final Map<String, Map<String, String>> EXPECTED = new LinkedHashMap<>();

    static {
        expect("read record, history, search, export",
                "draft", "owner curator contributor admin",
                "shared", "owner curator contributor viewer admin",
                "embargoed", "owner curator contributor viewer admin",
                "public", "owner curator contributor viewer outsider anonymous admin",
                "withdrawn", "owner curator admin");
        expect("read dataset",
                "draft", "owner curator contributor viewer admin",
                "shared", "owner curator contributor viewer admin",
                "embargoed", "owner curator contributor viewer outsider anonymous admin",
                "public", "owner curator contributor viewer outsider anonymous admin",
                "withdrawn", "owner curator contributor viewer outsider anonymous admin");
        expect("list members",
                "draft", "owner curator contributor viewer admin",
                "shared", "owner curator contributor viewer admin",
                "embargoed", "owner curator contributor viewer admin",
                "public", "owner curator contributor viewer admin",
                "withdrawn", "owner curator contributor viewer admin");
        expect("add a record",
                "draft", "owner curator contributor admin",
                "shared", "owner curator contributor admin",
                "embargoed", "owner curator admin",
                "public", "owner curator admin",
                "withdrawn", "");
        expect("change a record",
                "draft", "owner curator contributor admin",
                "shared", "owner curator contributor admin",
                "embargoed", "owner curator admin",
                "public", "owner curator admin",
                "withdrawn", "");
        expect("change the state, members, access requests",
                "draft", "owner admin",
                "shared", "owner admin",
                "embargoed", "owner admin",
                "public", "owner admin",
                "withdrawn", "owner admin");
    }

    private static void expect(String probe, String... statesAndCallers) {
        Map<String, String> byState = new LinkedHashMap<>();
        for (int i = 0; i < statesAndCallers.length; i += 2) {
            byState.put(statesAndCallers[i], statesAndCallers[i + 1]);
        }
        EXPECTED.put(probe, byState);
    }

    @Autowired
    AccountService accounts;
    @Autowired
    TokenService tokens;

    private String s;
    private final Map<String, Person> callers = new LinkedHashMap<>();

    @Test
    void everyCallerMayDoExactlyWhatTheRulesAllowInEveryState() {
        s = unique();
        DatasetPeople people = new DatasetPeople(accounts, tokens, s);
        for (String role : List.of("owner", "curator", "contributor", "viewer", "outsider")) {
            callers.put(role, people.user(role));
        }
        callers.put("anonymous", null);
        callers.put("admin", people.admin());
        List<String> differences = new ArrayList<>();
        for (String state : STATES) {
            Dataset d = dataset(state);
            Map<String, BiPredicate<String, Person>> probes = probes(d);
            for (Map.Entry<String, BiPredicate<String, Person>> probe : probes.entrySet()) {
                Set<String> allowed = new TreeSet<>();
                for (String caller : CALLERS) {
                    if (probe.getValue().test(caller, callers.get(caller))) {
                        allowed.add(caller);
                    }
                }
                Set<String> expected = new TreeSet<>(List.of(EXPECTED.get(probe.getKey()).get(state).split(" ")));
                expected.remove("");
                if (!allowed.equals(expected)) {
                    differences.add(state + " / " + probe.getKey() + ": allowed " + allowed + ", expected " + expected);
                }
            }
        }
        assertThat(differences).as("cells of the matrix that differ from the rules").isEmpty();
    }

    private record Dataset(String id, String record, String text) {
    }

    /** A dataset in the given state with its four members and one record. */
    private Dataset dataset(String state) {
        Person owner = callers.get("owner");
        String id = send("POST", "/api/datasets", "{\"name\":\"matrix " + state + " " + s + "\"}", owner.header())
                .body().path("dataset").path("id").asString();
        for (String role : List.of("curator", "contributor", "viewer")) {
            Answer added = send("PUT", "/api/datasets/" + id + "/members", "{\"login\":\"" + callers.get(role).login()
                    + "\",\"role\":\"" + role + "\"}", owner.header());
            assertThat(added.status()).as("%s", added).isEqualTo(200);
        }
        String text = "matrix" + state + s;
        String record = send("POST", "/api/records?dataset=" + id, "{\"type\":\"material_run\",\"name\":\"m\",\"notes\":\"" + text + "\"}",
                owner.header()).body().path("objects").path(0).path("id").asString();
        List<String> way = switch (state) {
            case "shared" -> List.of("{\"state\":\"shared\"}");
            case "embargoed" -> List.of("{\"state\":\"embargoed\",\"embargo_until\":\"" + LocalDate.now().plusMonths(2) + "\"}");
            case "public" -> List.of("{\"state\":\"public\"}");
            case "withdrawn" -> List.of("{\"state\":\"public\"}", "{\"state\":\"withdrawn\",\"reason\":\"matrix\"}");
            default -> List.of();
        };
        for (String step : way) {
            assertThat(send("POST", "/api/datasets/" + id + "/state", step, owner.header()).status()).isEqualTo(200);
        }
        return new Dataset(id, record, text);
    }

    private String[] auth(Person p) {
        return p == null ? new String[0] : p.header();
    }

    private Map<String, BiPredicate<String, Person>> probes(Dataset d) {
        Map<String, BiPredicate<String, Person>> probes = new LinkedHashMap<>();
        probes.put("read record, history, search, export", (name, p) -> {
            boolean record = send("GET", "/api/records/" + d.record(), null, auth(p)).status() == 200;
            boolean history = send("GET", "/api/records/" + d.record() + "/history", null, auth(p)).status() == 200;
            boolean found = send("GET", "/api/search?text=" + d.text(), null, auth(p)).body().path("total").asLong() == 1;
            HttpResponse<byte[]> export = download("/api/search/export?format=csv&text=" + d.text(), auth(p));
            boolean exported = export.headers().firstValue("X-Record-Count").orElse("").equals("1");
            assertThat(List.of(history, found, exported)).as("%s: every read path agrees with the record API", name)
                    .containsOnly(record);
            return record;
        });
        probes.put("read dataset", (name, p) -> send("GET", "/api/datasets/" + d.id(), null, auth(p)).status() == 200);
        probes.put("list members", (name, p) -> send("GET", "/api/datasets/" + d.id() + "/members", null, auth(p)).status() == 200);
        probes.put("add a record", (name, p) -> send("POST", "/api/records?dataset=" + d.id(),
                "{\"type\":\"material_spec\",\"name\":\"by " + name + "\"}", auth(p)).status() == 201);
        probes.put("change a record", (name, p) -> {
            Answer current = send("GET", "/api/records/" + d.record(), null, callers.get("admin").header());
            String body = "{\"type\":\"material_run\",\"name\":\"m by " + name + "\",\"notes\":\"" + d.text() + "\",\"version\":"
                    + current.body().path("version").asInt() + "}";
            return send("PUT", "/api/records/" + d.record(), body, auth(p)).status() == 200;
        });
        // asking for an impossible change: the owner is told why it cannot be (409/422), others that they may not
        probes.put("change the state, members, access requests", (name, p) -> {
            int state = send("POST", "/api/datasets/" + d.id() + "/state", "{\"state\":\"withdrawn\"}", auth(p)).status();
            boolean requests = send("GET", "/api/datasets/" + d.id() + "/access-requests", null, auth(p)).status() == 200;
            boolean mayChange = state == 409 || state == 422;
            assertThat(requests).as("%s: access requests follow the same rule", name).isEqualTo(mayChange);
            return mayChange;
        });
        return probes;
    }
}
