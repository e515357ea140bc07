package org.flipside.identity.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.flipside.identity.AccountView;
import org.flipside.identity.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** An account that can sign in. Usernames are kept lower-case so that uniqueness ignores case. */
@Table("app_user")
class UserAccount {

    @Id
    private Long id;
    private String username;
    private String displayName;
    private String email;
    private String passwordHash;
    private String timeZone;
    private boolean active;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;
    @MappedCollection(idColumn = "user_id")
    private Set<RoleGrant> roles = new HashSet<>();

    UserAccount() {
    }

    static UserAccount open(String username, String displayName, String email, String timeZone, Set<Role> roles,
                            String passwordHash, Instant now) {
        UserAccount account = new UserAccount();
        account.username = username;
        account.displayName = displayName;
        account.email = email;
        account.timeZone = timeZone;
        account.passwordHash = passwordHash;
        account.active = true;
        account.createdAt = now;
        account.updatedAt = now;
        account.grant(roles);
        return account;
    }

    void grant(Set<Role> newRoles) {
        roles = newRoles.stream().map(RoleGrant::new).collect(Collectors.toCollection(HashSet::new));
    }

    void deactivate(Instant now) {
        active = false;
        updatedAt = now;
    }

    void reactivate(Instant now) {
        active = true;
        updatedAt = now;
    }

    void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        updatedAt = now;
    }

    void updateProfile(String newDisplayName, String newEmail, String newTimeZone, Instant now) {
        displayName = newDisplayName;
        email = newEmail;
        timeZone = newTimeZone;
        updatedAt = now;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    Set<Role> roleSet() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        roles.forEach(grant -> result.add(grant.role()));
        return result;
    }

    AccountView view() {
        return new AccountView(id, username, displayName, email, timeZone, roleSet(), active, createdAt,
                version == null ? 0 : version);
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    String timeZone() {
        return timeZone;
    }

    boolean active() {
        return active;
    }

    Long version() {
        return version;
    }

    /** Lets a caller's edit carry the version it started from, so a concurrent edit is detected on save. */
    void expectVersion(long expected) {
        this.version = expected;
    }
}
