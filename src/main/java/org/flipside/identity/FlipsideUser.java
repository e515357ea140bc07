package org.flipside.identity;

import java.io.Serial;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as every request sees them. Stored in the shared session table, hence serializable.
 */
public final class FlipsideUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final String zoneId;
    private final Set<Role> roles;
    private final boolean active;
    private String passwordHash;

    public FlipsideUser(long id, String username, String displayName, ZoneId zone, Set<Role> roles, boolean active,
                        String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.zoneId = zone.getId();
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.active = active;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public ZoneId zone() {
        return ZoneId.of(zoneId);
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FlipsideUser user && user.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "FlipsideUser[" + username + ", roles=" + List.copyOf(roles) + "]";
    }
}
