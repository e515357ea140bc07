package org.flipside.notification.outbox;

/**
 * A file sent along with a mail, as text (calendar invitations are).
 *
 * @param contentType the full MIME type with its parameters, e.g. {@code text/calendar; method=REQUEST; charset=UTF-8}
 */
public record MailAttachment(String fileName, String contentType, String content) {

    /** The most text an attachment may hold (the column's size). */
    public static final int MAX_CONTENT = 100_000;

    public MailAttachment {
        if (fileName == null || fileName.isBlank() || fileName.length() > 200) {
            throw new IllegalArgumentException("An attachment needs a file name of 1 to 200 characters");
        }
        if (contentType == null || contentType.isBlank() || contentType.length() > 200) {
            throw new IllegalArgumentException("An attachment needs a content type of 1 to 200 characters");
        }
        if (content == null || content.length() > MAX_CONTENT) {
            throw new IllegalArgumentException("An attachment holds at most " + MAX_CONTENT + " characters: "
                    + fileName);
        }
    }
}
