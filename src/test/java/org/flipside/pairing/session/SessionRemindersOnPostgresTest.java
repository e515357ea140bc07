package org.flipside.pairing.session;

import org.flipside.testing.OnPostgres;

@OnPostgres
class SessionRemindersOnPostgresTest extends SessionRemindersContract {
}
