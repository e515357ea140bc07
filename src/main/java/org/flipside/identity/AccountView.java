package org.flipside.identity;

import java.time.Instant;
import java.util.Set;

/** An account as administrators and the API see it: never the password hash. */
public record AccountView(long id, String username, String displayName, String email, String timeZone, Set<Role> roles,
                          boolean active, Instant createdAt, long version) {
}
