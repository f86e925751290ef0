package org.matbank.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organisations and users. Creating users, listing them and changing organisations needs an
 * administrator ({@link AccessRule}); organisations may be listed by anyone, since records name them.
 */
@RestController
@Tag(name = "accounts", description = "Organisations and users. Users sign in at /login with their password; "
        + "scripts use API tokens. The first administrator's password is printed once when MatBank first starts.")
class AccountController {

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @PostMapping(AccessRule.ORGANISATIONS)
    @Operation(summary = "Create an organisation (administrator)",
            description = "Example body: {\"name\":\"KIMS\",\"kind\":\"institute\",\"country\":\"KR\"}. Starts unverified.")
    ResponseEntity<Organisation> createOrganisation(@RequestBody AccountRequests.NewOrganisation request) {
        Organisation created = accounts.createOrganisation(request);
        return ResponseEntity.created(URI.create(AccessRule.ORGANISATIONS + "/" + created.id())).body(created);
    }

    @GetMapping(AccessRule.ORGANISATIONS)
    @Operation(summary = "List the organisations")
    List<Organisation> organisations() {
        return accounts.organisations();
    }

    @GetMapping(AccessRule.ORGANISATIONS + "/{id}")
    @Operation(summary = "Read one organisation")
    Organisation organisation(@PathVariable UUID id) {
        return accounts.organisation(id);
    }

    @PostMapping(AccessRule.ORGANISATIONS + "/{id}/verification")
    @Operation(summary = "Verify an organisation, or withdraw its verification (administrator)",
            description = "Example body: {\"verified\":true}. Only users of verified organisations may receive protected core data.")
    Organisation verify(@PathVariable UUID id, @RequestBody AccountRequests.Verification request, HttpServletRequest http) {
        return accounts.verify(id, request.verified(), Caller.of(http).map(Caller::describe).orElse("anonymous"));
    }

    @PostMapping(AccessRule.USERS)
    @Operation(summary = "Create a user (administrator)", description = """
            Example body: {"login":"kim.minji","display_name":"김민지","email":"kim.minji@kims.re.kr",
            "organisation_id":"...","password":"twelve or more characters"}. The password is kept as an Argon2id hash.""")
    ResponseEntity<UserAccount> createUser(@RequestBody AccountRequests.NewUser request) {
        UserAccount created = accounts.createUser(request);
        return ResponseEntity.created(URI.create(AccessRule.USERS + "/" + created.id())).body(created);
    }

    @GetMapping(AccessRule.USERS)
    @Operation(summary = "List the users (administrator)")
    List<UserAccount> users() {
        return accounts.users();
    }

    @GetMapping(AccessRule.USERS + "/{id}")
    @Operation(summary = "Read one user (administrator)")
    UserAccount user(@PathVariable UUID id) {
        return accounts.user(id);
    }

    @PostMapping(AccessRule.USERS + "/{id}/disable")
    @Operation(summary = "Disable a user: they can no longer sign in (administrator)",
            description = "Example body: {\"reason\":\"left the institute\"}. The account and its history stay.")
    UserAccount disable(@PathVariable UUID id, @RequestBody AccountRequests.Disabling request) {
        return accounts.disable(id, request.reason());
    }
}
