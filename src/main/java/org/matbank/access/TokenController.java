package org.matbank.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST management of API tokens; every call needs a token with scope admin ({@link AccessRule}). */
@RestController
@RequestMapping(AccessRule.TOKENS)
@Tag(name = "tokens", description = "API tokens for scripts and programs, sent as 'Authorization: Bearer <token>'. "
        + "Every call here needs a token with scope admin (the first one comes from 'matbank token create').")
class TokenController {

    private final TokenService tokens;

    TokenController(TokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @Operation(summary = "Create a token; the answer carries its secret, shown only this once (MatBank keeps its SHA-256)")
    ResponseEntity<IssuedToken> create(@RequestBody TokenRequest request) {
        IssuedToken issued = tokens.create(request);
        return ResponseEntity.created(URI.create(AccessRule.TOKENS + "/" + issued.token().id())).body(issued);
    }

    @GetMapping
    @Operation(summary = "List every token (active, expired, revoked), newest first, without secrets")
    List<ApiToken> list() {
        return tokens.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one token, without its secret")
    ApiToken get(@PathVariable UUID id) {
        return tokens.get(id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a token: it stops working at once and is kept, with the reason, for the record")
    ApiToken revoke(@PathVariable UUID id,
            @Parameter(description = "Why the token is revoked (required)", example = "laptop lost")
            @RequestParam(required = false) String reason) {
        return tokens.revoke(id, reason);
    }
}
