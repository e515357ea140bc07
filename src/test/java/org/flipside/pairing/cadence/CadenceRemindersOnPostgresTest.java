package org.flipside.pairing.cadence;

import org.flipside.testing.OnPostgres;

@OnPostgres
class CadenceRemindersOnPostgresTest extends CadenceRemindersContract {
}
