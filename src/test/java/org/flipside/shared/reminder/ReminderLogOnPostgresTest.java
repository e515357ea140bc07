package org.flipside.shared.reminder;

import org.flipside.testing.OnPostgres;

@OnPostgres
class ReminderLogOnPostgresTest extends ReminderLogContract {
}
