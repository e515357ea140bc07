package org.flipside.notification.reminder;

import org.flipside.testing.OnPostgres;

@OnPostgres
class ReminderMailsOnPostgresTest extends ReminderMailsContract {
}
