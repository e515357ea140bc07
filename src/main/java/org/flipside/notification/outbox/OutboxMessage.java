package org.flipside.notification.outbox;

import java.time.Instant;

/** One mail in the outbox; {@code sentAt} is null while it waits, {@code attachment} null when there is none. */
public record OutboxMessage(long id, String recipient, String subject, String body, String reference,
                            Instant createdAt, String claimedBy, Instant claimedAt, Instant sentAt, int attempts,
                            String lastError, MailAttachment attachment, String dedupKey) {
}
