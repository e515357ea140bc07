package org.flipside.identity.signin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.flipside.identity.security.SecurityProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and per address in the database, so every application instance
 * sees the same count and a block survives a restart.
 */
@Component
public class SignInThrottle {

    private final JdbcClient jdbc;
    private final SecurityProperties.Throttle settings;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.settings = properties.throttle();
        this.clock = clock;
    }

    /** How long the caller must wait, if either the account or the address has too many recent failures. */
    public Optional<Duration> blockFor(String username, String remoteAddress) {
        Instant now = Instant.now(clock);
        Instant since = now.minus(settings.window());
        Optional<Duration> byAccount = blocked("username", normalise(username), settings.maxFailuresPerAccount(), since, now);
        Optional<Duration> byAddress = blocked("remote_address", remoteAddress, settings.maxFailuresPerAddress(), since, now);
        if (byAccount.isPresent() && byAddress.isPresent()) {
            return Optional.of(byAccount.get().compareTo(byAddress.get()) >= 0 ? byAccount.get() : byAddress.get());
        }
        return byAccount.isPresent() ? byAccount : byAddress;
    }

    @Transactional
    public void recordFailure(String username, String remoteAddress) {
        Instant now = Instant.now(clock);
        jdbc.sql("insert into sign_in_failure (username, remote_address, failed_at) values (:username, :address, :at)")
                .param("username", normalise(username))
                .param("address", remoteAddress)
                .param("at", Timestamp.from(now))
                .update();
        // Old failures no longer count; dropping them here keeps the table small without a separate job.
        jdbc.sql("delete from sign_in_failure where failed_at < :cutoff")
                .param("cutoff", Timestamp.from(now.minus(settings.window().multipliedBy(2))))
                .update();
    }

    /** A successful sign-in clears the account's failures; the address keeps its count. */
    @Transactional
    public void recordSuccess(String username) {
        jdbc.sql("delete from sign_in_failure where username = :username").param("username", normalise(username)).update();
    }

    private Optional<Duration> blocked(String column, String value, int limit, Instant since, Instant now) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        record Failures(long count, Timestamp oldest) {
        }
        Failures failures = jdbc.sql("select count(*) as n, min(failed_at) as oldest from sign_in_failure where "
                        + column + " = :value and failed_at >= :since")
                .param("value", value)
                .param("since", Timestamp.from(since))
                .query((rs, row) -> new Failures(rs.getLong("n"), rs.getTimestamp("oldest")))
                .single();
        if (failures.count() < limit) {
            return Optional.empty();
        }
        Instant unblocked = failures.oldest().toInstant().plus(settings.window());
        Duration wait = Duration.between(now, unblocked);
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }

    private static String normalise(String username) {
        if (username == null) {
            return "";
        }
        String value = username.strip().toLowerCase(Locale.ROOT);
        return value.length() > 100 ? value.substring(0, 100) : value;
    }
}
