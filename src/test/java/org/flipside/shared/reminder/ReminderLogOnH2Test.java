package org.flipside.shared.reminder;

import org.flipside.testing.OnH2;

@OnH2
class ReminderLogOnH2Test extends ReminderLogContract {
}
