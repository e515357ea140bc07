/**
 * Notification: mails people about what happened elsewhere (an invitation to a program) through a persistent outbox
 * that several instances share. It only listens to other modules' events; nothing calls it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package org.flipside.notification;
