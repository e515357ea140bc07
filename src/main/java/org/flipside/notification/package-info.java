/**
 * Notification: mails people about what happened elsewhere — invitations, matches, new pairs, mentoring sessions
 * with their calendar entry, and due reminders (one mail each, or a weekly digest if the person chose it) — through
 * a persistent outbox that several instances share. Mails are written under a dedup key where an event may arrive
 * twice, so each goes out once. It only listens to other modules' events; nothing calls it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package org.flipside.notification;
