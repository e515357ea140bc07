package org.flipside.notification.digest;

import java.time.Instant;

/**
 * A reminder waiting for its recipient's weekly digest.
 *
 * @param key      the reminder's key: an entry is written once
 * @param timeZone the recipient's IANA zone as the reminder named it (may be blank or unknown: then UTC)
 * @param link     the absolute address of the page to act on
 */
public record DigestEntry(String key, String email, String fullName, String timeZone, String subject, String link,
                          Instant dueAt) {
}
