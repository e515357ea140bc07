package org.flipside.notification.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mail outbox table. A sender claims a message with one conditional update, so of several instances only one
 * wins it; a claim older than the stale limit (its claimer stopped before sending) may be claimed again. A mail with
 * a dedup key is written at most once, however often and however concurrently it is added.
 */
@Component
public class Outbox {

    private static final String COLUMNS = "id, recipient, subject, body, reference, created_at, claimed_by, "
            + "claimed_at, sent_at, attempts, last_error, attachment_name, attachment_type, attachment_content, "
            + "dedup_key";

    private final JdbcClient jdbc;
    private final WriteOnce once;

    Outbox(JdbcClient jdbc, WriteOnce once) {
        this.jdbc = jdbc;
        this.once = once;
    }

    public void add(String recipient, String subject, String body, String reference, Instant at) {
        add(OutgoingMail.of(recipient, subject, body, reference), at);
    }

    /**
     * Writes the mail unless one with its dedup key exists. Looking first spares the common repeat a failed insert;
     * the unique key settles the rare concurrent one.
     *
     * @return whether this call wrote it
     */
    public boolean add(OutgoingMail mail, Instant at) {
        if (mail.dedupKey() == null) {
            insert(mail, at);
            return true;
        }
        if (exists(mail.dedupKey())) {
            return false;
        }
        return once.insert(() -> insert(mail, at));
    }

    public boolean exists(String dedupKey) {
        return jdbc.sql("select count(*) from mail_outbox where dedup_key = :key").param("key", dedupKey)
                .query(Long.class).single() > 0;
    }

    public Optional<OutboxMessage> byDedupKey(String dedupKey) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox where dedup_key = :key").param("key", dedupKey)
                .query(Outbox::row).optional();
    }

    private void insert(OutgoingMail mail, Instant at) {
        MailAttachment file = mail.attachment();
        jdbc.sql("insert into mail_outbox (recipient, subject, body, reference, created_at, attempts, "
                        + "attachment_name, attachment_type, attachment_content, dedup_key) "
                        + "values (:recipient, :subject, :body, :reference, :at, 0, :fileName, :fileType, "
                        + ":fileContent, :dedupKey)")
                .param("recipient", mail.recipient()).param("subject", mail.subject()).param("body", mail.body())
                .param("reference", mail.reference()).param("at", utc(at))
                .param("fileName", file == null ? null : file.fileName())
                .param("fileType", file == null ? null : file.contentType())
                .param("fileContent", file == null ? null : file.content())
                .param("dedupKey", mail.dedupKey()).update();
    }

    /** Ids of messages not sent and not claimed (or claimed before {@code staleBefore}), oldest first. */
    public List<Long> claimable(Instant staleBefore, int limit) {
        return jdbc.sql("select id from mail_outbox where sent_at is null "
                        + "and (claimed_at is null or claimed_at < :stale) order by id limit :limit")
                .param("stale", utc(staleBefore)).param("limit", limit).query(Long.class).list();
    }

    /** Whether this instance won the message: true for exactly one caller among those racing for it. */
    public boolean claim(long id, String instance, Instant at, Instant staleBefore) {
        return jdbc.sql("update mail_outbox set claimed_by = :instance, claimed_at = :at, attempts = attempts + 1 "
                        + "where id = :id and sent_at is null and (claimed_at is null or claimed_at < :stale)")
                .param("instance", instance).param("at", utc(at)).param("id", id).param("stale", utc(staleBefore))
                .update() == 1;
    }

    public void markSent(long id, String instance, Instant at) {
        jdbc.sql("update mail_outbox set sent_at = :at, last_error = null where id = :id and claimed_by = :instance")
                .param("at", utc(at)).param("id", id).param("instance", instance).update();
    }

    /** Gives the message back after a failed delivery, so the next round tries again. */
    public void release(long id, String instance, String error) {
        jdbc.sql("update mail_outbox set claimed_by = null, claimed_at = null, last_error = :error "
                        + "where id = :id and claimed_by = :instance")
                .param("error", error == null ? null : error.substring(0, Math.min(1000, error.length())))
                .param("id", id).param("instance", instance).update();
    }

    public OutboxMessage get(long id) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox where id = :id").param("id", id)
                .query(Outbox::row).single();
    }

    public List<OutboxMessage> latest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox order by id desc limit :limit")
                .param("limit", limit).query(Outbox::row).list();
    }

    public List<OutboxMessage> byReference(String reference) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox where reference = :reference order by id")
                .param("reference", reference).query(Outbox::row).list();
    }

    public long pending() {
        return jdbc.sql("select count(*) from mail_outbox where sent_at is null").query(Long.class).single();
    }

    private static OutboxMessage row(ResultSet rs, int n) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("body"), rs.getString("reference"), instant(rs, "created_at"),
                rs.getString("claimed_by"), instant(rs, "claimed_at"), instant(rs, "sent_at"), rs.getInt("attempts"),
                rs.getString("last_error"), attachment(rs), rs.getString("dedup_key"));
    }

    private static MailAttachment attachment(ResultSet rs) throws SQLException {
        String name = rs.getString("attachment_name");
        return name == null ? null : new MailAttachment(name, rs.getString("attachment_type"),
                rs.getString("attachment_content"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
