package org.flipside.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Set;
import org.flipside.identity.AccountView;
import org.flipside.identity.FlipsideUser;
import org.flipside.identity.NewAccount;
import org.flipside.identity.Role;
import org.flipside.identity.account.AccountService;
import org.flipside.shared.web.PageOf;
import org.flipside.shared.web.PageRequests;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Users", description = "Accounts and global roles (administrators only)")
class UserApiController {

    private final AccountService accounts;

    UserApiController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "List accounts, optionally filtered by username, name or email")
    PageOf<AccountView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size) {
        return accounts.search(q, PageRequests.page(page), PageRequests.size(size));
    }

    @PostMapping
    @Operation(summary = "Create an account")
    ResponseEntity<AccountView> create(@RequestBody NewAccount account) {
        AccountView created = accounts.open(account);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account")
    AccountView get(@PathVariable long id) {
        return accounts.get(id);
    }

    @PutMapping("/{id}/roles")
    @Operation(summary = "Replace an account's roles; ends the account's sessions")
    AccountView changeRoles(@PathVariable long id, @RequestBody RolesChange change, @AuthenticationPrincipal FlipsideUser admin) {
        return accounts.changeRoles(id, change.roles() == null ? Set.of() : change.roles(), change.version(), admin.getUsername());
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivate an account; ends its sessions and stops its API tokens")
    AccountView deactivate(@PathVariable long id, @RequestBody VersionOnly body, @AuthenticationPrincipal FlipsideUser admin) {
        return accounts.deactivate(id, body.version(), admin.getUsername());
    }

    @PostMapping("/{id}/reactivate")
    @Operation(summary = "Reactivate a deactivated account")
    AccountView reactivate(@PathVariable long id, @RequestBody VersionOnly body) {
        return accounts.reactivate(id, body.version());
    }

    record RolesChange(Set<Role> roles, long version) {
    }

    record VersionOnly(long version) {
    }
}
