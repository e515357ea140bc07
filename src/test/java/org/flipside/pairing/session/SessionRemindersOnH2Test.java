package org.flipside.pairing.session;

import org.flipside.testing.OnH2;

@OnH2
class SessionRemindersOnH2Test extends SessionRemindersContract {
}
