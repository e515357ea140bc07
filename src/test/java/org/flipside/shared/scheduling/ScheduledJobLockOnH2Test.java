package org.flipside.shared.scheduling;

import org.flipside.testing.OnH2;

@OnH2
class ScheduledJobLockOnH2Test extends ScheduledJobLockContract {
}
