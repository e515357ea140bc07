package org.flipside.pairing.cadence;

import org.flipside.testing.OnH2;

@OnH2
class CadenceRemindersOnH2Test extends CadenceRemindersContract {
}
