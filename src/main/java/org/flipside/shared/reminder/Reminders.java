package org.flipside.shared.reminder;

/**
 * Issues reminders exactly once. Scheduled jobs on any number of instances look for what is due and call
 * {@link #issue(ReminderDue)} for each; the key is recorded in the database in a transaction of its own, and only the
 * caller that recorded it publishes the {@link ReminderDue} event. A job that runs again after a restart, or on a
 * second instance at the same moment, therefore sends nothing twice, and one that was down catches up on the next run.
 */
public interface Reminders {

    /**
     * Records the reminder and publishes it if its key was never issued before.
     *
     * @return {@code true} if this call issued it, {@code false} if it had been issued already
     */
    boolean issue(ReminderDue reminder);

    /** Whether a reminder with this key was issued. */
    boolean issued(String key);
}
