package org.flipside.notification.preference;

/** How a person receives reminders. Invitations and calendar mails always go out at once. */
public enum ReminderDelivery {
    /** One mail per reminder, when it becomes due. */
    IMMEDIATE,
    /** All reminders of a week in one mail on Monday morning, in the person's time zone. */
    WEEKLY_DIGEST
}
