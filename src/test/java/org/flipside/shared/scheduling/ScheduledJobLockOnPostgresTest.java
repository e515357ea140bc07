package org.flipside.shared.scheduling;

import org.flipside.testing.OnPostgres;

@OnPostgres
class ScheduledJobLockOnPostgresTest extends ScheduledJobLockContract {
}
