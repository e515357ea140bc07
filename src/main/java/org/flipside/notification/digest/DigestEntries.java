package org.flipside.notification.digest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.flipside.notification.outbox.WriteOnce;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The table of reminders waiting for weekly digests. Addresses are kept lower-cased: one digest per address. */
@Component
public class DigestEntries {

    private final JdbcClient jdbc;
    private final WriteOnce once;

    DigestEntries(JdbcClient jdbc, WriteOnce once) {
        this.jdbc = jdbc;
        this.once = once;
    }

    /** Writes the entry unless one with its key exists; returns whether this call wrote it. */
    public boolean add(DigestEntry entry, Instant at) {
        if (jdbc.sql("select count(*) from digest_entry where entry_key = :key").param("key", entry.key())
                .query(Long.class).single() > 0) {
            return false;
        }
        return once.insert(() -> jdbc.sql("insert into digest_entry (entry_key, email, full_name, time_zone, "
                        + "subject, link, due_at, created_at) values (:key, :email, :name, :zone, :subject, :link, "
                        + ":due, :at)")
                .param("key", entry.key()).param("email", address(entry.email())).param("name", entry.fullName())
                .param("zone", entry.timeZone()).param("subject", cut(entry.subject(), 300)).param("link", entry.link())
                .param("due", utc(entry.dueAt())).param("at", utc(at)).update());
    }

    /** Addresses with entries waiting. */
    public List<String> waitingRecipients() {
        return jdbc.sql("select distinct email from digest_entry where digest_key is null order by email")
                .query(String.class).list();
    }

    /** The entries waiting for this address, oldest due first. */
    public List<Waiting> waitingFor(String email) {
        return jdbc.sql("select id, entry_key, email, full_name, time_zone, subject, link, due_at, created_at "
                        + "from digest_entry where email = :email and digest_key is null order by due_at, id")
                .param("email", address(email)).query(DigestEntries::row).list();
    }

    /** Marks the entries as carried by the digest {@code digestKey}; only entries still waiting change. */
    public int markSent(Collection<Long> ids, String digestKey) {
        return ids.isEmpty() ? 0 : jdbc.sql("update digest_entry set digest_key = :digest where id in (:ids) "
                        + "and digest_key is null")
                .param("digest", digestKey).param("ids", ids).update();
    }

    /** Which digest carried the entry with this reminder key; null while it waits or when there is none. */
    public String digestOf(String entryKey) {
        return jdbc.sql("select digest_key from digest_entry where entry_key = :key").param("key", entryKey)
                .query(String.class).optional().orElse(null);
    }

    public boolean exists(String entryKey) {
        return jdbc.sql("select count(*) from digest_entry where entry_key = :key").param("key", entryKey)
                .query(Long.class).single() > 0;
    }

    /** A waiting entry with its row id and when it was written. */
    public record Waiting(long id, DigestEntry entry, Instant createdAt) {
    }

    private static Waiting row(ResultSet rs, int n) throws SQLException {
        return new Waiting(rs.getLong("id"), new DigestEntry(rs.getString("entry_key"), rs.getString("email"),
                rs.getString("full_name"), rs.getString("time_zone"), rs.getString("subject"), rs.getString("link"),
                rs.getObject("due_at", OffsetDateTime.class).toInstant()),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }

    static String address(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
