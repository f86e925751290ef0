package org.matbank.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Datasets: create, read, members, state (draft, shared, embargoed, public, withdrawn), access requests. */
@RestController
@RequestMapping(DatasetController.PATH)
@Tag(name = "datasets", description = "The unit of ownership and sharing. Drafts are seen by their writers, shared datasets "
        + "by their members, embargoed ones show their metadata to all and their records to members and approved "
        + "requesters until the embargo day, public ones to everyone; withdrawn ones stay as tombstones.")
class DatasetController {

    static final String PATH = "/api/datasets";

    private final DatasetService datasets;
    private final DatasetAccess access;
    private final AccessRequests requests;

    DatasetController(DatasetService datasets, DatasetAccess access, AccessRequests requests) {
        this.datasets = datasets;
        this.access = access;
        this.requests = requests;
    }

    @PostMapping
    @Operation(summary = "Create a dataset (a draft; the caller, a user, is its owner)",
            description = "Example body: {\"name\":\"Tempered martensite 2026\",\"description\":\"Q&T series of KIMS\"}")
    ResponseEntity<Map<String, Object>> create(@RequestBody DatasetRequests.NewDataset request, HttpServletRequest http) {
        Caller caller = Caller.of(http).orElse(null);
        Dataset created = datasets.create(caller, request);
        return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(view(created, http));
    }

    @GetMapping
    @Operation(summary = "List the datasets the caller may see (public, embargoed and withdrawn ones, and the caller's own)")
    List<Dataset> list(HttpServletRequest http) {
        return datasets.list(Caller.of(http).orElse(null));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a dataset: metadata, the caller's role, whether its records are visible to the caller, record count")
    Map<String, Object> get(@PathVariable UUID id, HttpServletRequest http) {
        Caller caller = Caller.of(http).orElse(null);
        return view(access.visible(caller, id), http);
    }

    @GetMapping("/{id}/members")
    @Operation(summary = "List the members and their roles (members)")
    List<DatasetMember> members(@PathVariable UUID id, HttpServletRequest http) {
        return datasets.members(Caller.of(http).orElse(null), id);
    }

    @PutMapping("/{id}/members")
    @Operation(summary = "Add a member or change a member's role (owners)",
            description = "Example body: {\"login\":\"lee.jihoon\",\"role\":\"contributor\"}. Roles: owner, curator, contributor, viewer.")
    List<DatasetMember> putMember(@PathVariable UUID id, @RequestBody DatasetRequests.Member member, HttpServletRequest http) {
        return datasets.putMember(Caller.of(http).orElse(null), id, member);
    }

    @DeleteMapping("/{id}/members/{userId}")
    @Operation(summary = "Remove a member (owners); the last owner stays")
    List<DatasetMember> removeMember(@PathVariable UUID id, @PathVariable UUID userId, HttpServletRequest http) {
        return datasets.removeMember(Caller.of(http).orElse(null), id, userId);
    }

    @PostMapping("/{id}/state")
    @Operation(summary = "Change the state (owners)", description = """
            Example bodies: {"state":"shared"}, {"state":"embargoed","embargo_until":"2027-06-30"} (at most 36 months ahead),
            {"state":"public"}, {"state":"withdrawn","reason":"calibration error in the tensile tests"}.""")
    Map<String, Object> state(@PathVariable UUID id, @RequestBody DatasetRequests.StateChange change, HttpServletRequest http) {
        Caller caller = Caller.of(http).orElse(null);
        return view(datasets.changeState(caller, id, change), http);
    }

    @PutMapping("/{id}/protection")
    @Operation(summary = "Class the dataset as protected core data, or change its rules (owners, administrators)", description = """
            Example body: {"countries":["KR"],"verified_organisations":true,"networks":["10.20.0.0/16"],
            "records_per_day":10000,"secure_zone":false}. Records then reach only users of verified organisations of the
            countries listed, from the networks listed (the client address; behind a proxy set
            server.forward-headers-strategy), at most records_per_day a day each in exports; in secure-zone mode they are
            searched, viewed and analysed inside MatBank but never exported raw. Administrators are exempt.""")
    Map<String, Object> protect(@PathVariable UUID id, @RequestBody Protection rules, HttpServletRequest http) {
        Caller caller = Caller.of(http).orElse(null);
        return view(datasets.protect(caller, id, rules), http);
    }

    @DeleteMapping("/{id}/protection")
    @Operation(summary = "Lift the protection (administrators)")
    Map<String, Object> unprotect(@PathVariable UUID id, HttpServletRequest http) {
        Caller caller = Caller.of(http).orElse(null);
        return view(datasets.protect(caller, id, null), http);
    }

    @PostMapping("/{id}/access-requests")
    @Operation(summary = "Ask to see an embargoed dataset's records (signed-in users)",
            description = "Example body: {\"message\":\"for the joint fatigue study with KIMS\"}")
    ResponseEntity<AccessRequest> ask(@PathVariable UUID id, @RequestBody DatasetRequests.AccessAsk ask, HttpServletRequest http) {
        return ResponseEntity.status(201).body(requests.ask(Caller.of(http).orElse(null), id, ask.message()));
    }

    @GetMapping("/{id}/access-requests")
    @Operation(summary = "List the access requests (owners)")
    List<AccessRequest> requests(@PathVariable UUID id, HttpServletRequest http) {
        return requests.list(Caller.of(http).orElse(null), id);
    }

    @PostMapping("/{id}/access-requests/{requestId}")
    @Operation(summary = "Approve or refuse an access request (owners)", description = "Example body: {\"approve\":true,\"reason\":\"joint project\"}")
    AccessRequest decide(@PathVariable UUID id, @PathVariable UUID requestId, @RequestBody DatasetRequests.Decision decision,
            HttpServletRequest http) {
        return requests.decide(Caller.of(http).orElse(null), id, requestId, decision);
    }

    private Map<String, Object> view(Dataset d, HttpServletRequest http) {
        Caller caller = Caller.of(http).orElse(null);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("dataset", d);
        view.put("state_today", d.stateOn(java.time.LocalDate.now()));
        view.put("my_role", access.role(caller, d.id()).orElse(null));
        view.put("protection", datasets.protection(d.id()).orElse(null));
        boolean records = access.audience(http).sees(d.id());
        view.put("records_visible", records);
        view.put("records", records || d.state().metadataPublic() ? datasets.records(d.id()) : null);
        return view;
    }
}
