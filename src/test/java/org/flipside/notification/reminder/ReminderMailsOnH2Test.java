package org.flipside.notification.reminder;

import org.flipside.testing.OnH2;

@OnH2
class ReminderMailsOnH2Test extends ReminderMailsContract {
}
