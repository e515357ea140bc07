package org.flipside.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.flipside.audit.AuditLog;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: 256 random bits, shown once, stored only as a SHA-256 hash. A fast hash is enough here
 * because the secret is random, not chosen by a person, so it cannot be guessed from a list.
 */
@Service
public class ApiTokenService {

    static final String PREFIX = "fs_";
    private static final int MAX_TOKENS_PER_USER = 20;
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken issue(long userId, String username, String name, Integer validDays) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new InvalidInputException(FieldProblem.of("name", "token.name.invalid",
                    "Name the token (1 to 100 characters) so you can recognise it later."));
        }
        if (validDays != null && (validDays < 1 || validDays > 366)) {
            throw new InvalidInputException(FieldProblem.of("validDays", "token.validDays.range",
                    "A token can be valid for 1 to 366 days, or leave it empty for no expiry.", 1, 366));
        }
        long active = jdbc.sql("select count(*) from api_token where user_id = :user and revoked_at is null")
                .param("user", userId).query(Long.class).single();
        if (active >= MAX_TOKENS_PER_USER) {
            throw new InvalidInputException(FieldProblem.of("name", "token.tooMany",
                    "You already have " + MAX_TOKENS_PER_USER + " active tokens; revoke one first.", MAX_TOKENS_PER_USER));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now(clock);
        Instant expires = validDays == null ? null : now.plus(Duration.ofDays(validDays));
        String prefix = secret.substring(0, 10);
        jdbc.sql("""
                        insert into api_token (user_id, name, token_hash, token_prefix, created_at, expires_at)
                        values (:user, :name, :hash, :prefix, :created, :expires)
                        """)
                .param("user", userId).param("name", cleanName).param("hash", hash(secret)).param("prefix", prefix)
                .param("created", Timestamp.from(now)).param("expires", expires == null ? null : Timestamp.from(expires))
                .update();
        ApiToken token = jdbc.sql("select * from api_token where token_hash = :hash").param("hash", hash(secret))
                .query(ApiTokenService::token).single();
        audit.success("API_TOKEN_CREATED", "ApiToken", token.id(), "owner=" + username + " name=" + cleanName);
        return new IssuedToken(token, secret);
    }

    public List<ApiToken> tokensOf(long userId) {
        return jdbc.sql("select * from api_token where user_id = :user order by created_at desc")
                .param("user", userId).query(ApiTokenService::token).list();
    }

    /** Revokes one of the caller's own tokens; someone else's token is reported as not found. */
    @Transactional
    public void revoke(long userId, long tokenId) {
        int changed = jdbc.sql("update api_token set revoked_at = :now where id = :id and user_id = :user and revoked_at is null")
                .param("now", Timestamp.from(Instant.now(clock))).param("id", tokenId).param("user", userId).update();
        if (changed == 0) {
            boolean owned = jdbc.sql("select count(*) from api_token where id = :id and user_id = :user")
                    .param("id", tokenId).param("user", userId).query(Long.class).single() > 0;
            if (!owned) {
                throw new NotFoundException("API token", tokenId);
            }
            return;
        }
        audit.success("API_TOKEN_REVOKED", "ApiToken", tokenId, null);
    }

    /** Revokes every token of an account, e.g. when it is deactivated. */
    @Transactional
    public int revokeAll(long userId) {
        return jdbc.sql("update api_token set revoked_at = :now where user_id = :user and revoked_at is null")
                .param("now", Timestamp.from(Instant.now(clock))).param("user", userId).update();
    }

    /** The token behind a presented secret, if it is usable now. Records when it was last used. */
    @Transactional
    public Optional<ApiToken> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        Optional<ApiToken> found = jdbc.sql("select * from api_token where token_hash = :hash")
                .param("hash", hash(secret)).query(ApiTokenService::token).optional()
                .filter(token -> token.usable(now));
        found.filter(token -> token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION)))
                .ifPresent(token -> jdbc.sql("update api_token set last_used_at = :now where id = :id")
                        .param("now", Timestamp.from(now)).param("id", token.id()).update());
        return found;
    }

    static String hash(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"), rs.getString("token_prefix"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
