package org.flipside.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.flipside.identity.AccountView;
import org.flipside.identity.FlipsideUser;
import org.flipside.identity.account.AccountService;
import org.flipside.identity.token.ApiToken;
import org.flipside.identity.token.ApiTokenService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account and tokens. Tokens are created in the UI only: a token cannot mint more tokens. */
@RestController
@RequestMapping("/api/v1/me")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Me", description = "The calling account")
class MeApiController {

    private final AccountService accounts;
    private final ApiTokenService tokens;

    MeApiController(AccountService accounts, ApiTokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "The account the token belongs to, with its roles")
    AccountView me(@AuthenticationPrincipal FlipsideUser me) {
        return accounts.get(me.id());
    }

    @GetMapping("/tokens")
    @Operation(summary = "The caller's API tokens (never their secrets)")
    List<ApiToken> myTokens(@AuthenticationPrincipal FlipsideUser me) {
        return tokens.tokensOf(me.id());
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke one of the caller's tokens")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal FlipsideUser me, @PathVariable long id) {
        tokens.revoke(me.id(), id);
        return ResponseEntity.noContent().build();
    }
}
