package org.flipside.identity.token;

import java.time.Instant;

/** A personal API token as its owner sees it in the list: never the secret, which is shown once at creation. */
public record ApiToken(long id, long userId, String name, String prefix, Instant createdAt, Instant expiresAt,
                       Instant lastUsedAt, Instant revokedAt) {

    public boolean usable(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
