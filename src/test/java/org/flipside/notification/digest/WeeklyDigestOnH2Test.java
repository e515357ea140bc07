package org.flipside.notification.digest;

import org.flipside.testing.OnH2;

@OnH2
class WeeklyDigestOnH2Test extends WeeklyDigestContract {
}
