package org.flipside.notification.digest;

import org.flipside.testing.OnPostgres;

@OnPostgres
class WeeklyDigestOnPostgresTest extends WeeklyDigestContract {
}
