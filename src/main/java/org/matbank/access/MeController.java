package org.matbank.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account: who am I, change my password, make a token for my scripts. */
@RestController
@Tag(name = "accounts")
class MeController {

    private final AccountService accounts;
    private final TokenService tokens;

    MeController(AccountService accounts, TokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping(AccessRule.ME)
    @Operation(summary = "Who the caller is", description = """
            Anonymous callers get {"signed_in":false}. A signed-in user also gets the CSRF header and token that
            writes from the browser session must send (requests with an API token need none).""")
    Map<String, Object> me(HttpServletRequest http) {
        Map<String, Object> me = new LinkedHashMap<>();
        Caller caller = Caller.of(http).orElse(null);
        me.put("signed_in", caller != null);
        if (caller == null) {
            return me;
        }
        me.put("via", caller.tokenId() == null ? "session" : "token");
        me.put("name", caller.owner());
        me.put("scopes", caller.scopes().stream().sorted().map(Scope::text).toList());
        if (caller.userId() != null) {
            UserAccount user = accounts.user(caller.userId());
            me.put("user", user);
            if (user.organisationId() != null) {
                me.put("organisation", accounts.organisation(user.organisationId()));
            }
        }
        if (caller.tokenId() == null && http.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            me.put("csrf", Map.of("header", csrf.getHeaderName(), "token", csrf.getToken()));
        }
        return me;
    }

    @PostMapping(AccessRule.ME + "/password")
    @Operation(summary = "Change one's own password (signed in)",
            description = "Example body: {\"current_password\":\"...\",\"new_password\":\"twelve or more characters\"}")
    ResponseEntity<Void> password(@RequestBody AccountRequests.PasswordChange change, HttpServletRequest http) {
        accounts.changePassword(signedIn(http).userId(), change);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(AccessRule.ME + "/tokens")
    @Operation(summary = "Create an API token for one's own scripts (signed in); its secret is shown once",
            description = "Example body: {\"name\":\"notebook\",\"scopes\":[\"read\"],\"expires_in_days\":90}. "
                    + "The owner is the user; scope admin only for administrators.")
    ResponseEntity<IssuedToken> token(@RequestBody TokenRequest request, HttpServletRequest http) {
        UserAccount user = accounts.user(signedIn(http).userId());
        IssuedToken issued = tokens.create(request, user);
        return ResponseEntity.created(URI.create(AccessRule.TOKENS + "/" + issued.token().id())).body(issued);
    }

    /** The caller, who must be a user signed in with a password (not a token: a stolen token cannot make more). */
    private static Caller signedIn(HttpServletRequest http) {
        return Caller.of(http).filter(c -> c.userId() != null && c.tokenId() == null)
                .orElseThrow(() -> new InvalidInputException(Problem.UNAUTHORIZED, List.of(new Violation("session",
                        "sign-in.required", null, http.getMethod() + " " + http.getRequestURI()
                                + " needs a user signed in with a password (sign in at /login)"))));
    }
}
