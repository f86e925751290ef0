package org.matbank.release;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import org.matbank.access.AccountService;
import org.matbank.access.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Contributor credit per dataset and per organisation, and citations of releases. */
@RestController
@Tag(name = "credit", description = "What datasets contributed and how they were used: records, downloads, releases, citations")
class CreditController {

    private final CreditService credit;
    private final AccountService accounts;

    CreditController(CreditService credit, AccountService accounts) {
        this.credit = credit;
        this.accounts = accounts;
    }

    /** A citation reported for a release. */
    record Citation(String reference, String note) {
    }

    @GetMapping("/api/datasets/{id}/credit")
    @Operation(summary = "A dataset's credit: records by kind, exports and records downloaded, releases with downloads and citations (members)")
    Credit.OfDataset dataset(@PathVariable UUID id, HttpServletRequest http) {
        return credit.ofDataset(Caller.of(http).orElse(null), id);
    }

    @GetMapping("/api/organisations/{id}/credit")
    @Operation(summary = "An organisation's credit: the sums over its datasets, and each dataset's (its users, administrators)")
    Credit.OfOrganisation organisation(@PathVariable UUID id, HttpServletRequest http) {
        Caller caller = Caller.of(http).orElse(null);
        UUID own = caller == null || caller.userId() == null ? null : accounts.user(caller.userId()).organisationId();
        return credit.ofOrganisation(caller, id, own);
    }

    @PostMapping("/api/releases/{id}/citations")
    @Operation(summary = "Report a work that cites a release", description = "Example body: {\"reference\":\"doi:10.1016/j.actamat.2026.01.001\"}")
    ResponseEntity<Map<String, Object>> cite(@PathVariable UUID id, @RequestBody Citation citation, HttpServletRequest http) {
        return ResponseEntity.status(201).body(credit.cite(Caller.of(http).orElse(null), id, citation.reference(), citation.note()));
    }
}
