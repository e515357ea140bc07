package org.flipside.notification.outbox;

/**
 * A mail to write to the outbox.
 *
 * @param reference  what the mail is about, for finding it again (e.g. {@code participant:12})
 * @param attachment a file to send along, or null
 * @param dedupKey   null, or a key no other mail has: a second mail with the same key is not written
 */
public record OutgoingMail(String recipient, String subject, String body, String reference, MailAttachment attachment,
                           String dedupKey) {

    static final int MAX_SUBJECT = 300;
    static final int MAX_BODY = 100_000;

    public OutgoingMail {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("A mail needs a recipient");
        }
        // A subject is one line: longer ones are cut, line breaks (from names) would end the header.
        subject = subject.replaceAll("[\\r\\n]+", " ");
        subject = subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT - 1) + "…" : subject;
        if (body.length() > MAX_BODY) {
            throw new IllegalArgumentException("A mail body holds at most " + MAX_BODY + " characters");
        }
        if (dedupKey != null && (dedupKey.isBlank() || dedupKey.length() > 400)) {
            throw new IllegalArgumentException("A dedup key has 1 to 400 characters: " + dedupKey);
        }
    }

    public static OutgoingMail of(String recipient, String subject, String body, String reference) {
        return new OutgoingMail(recipient, subject, body, reference, null, null);
    }
}
