package org.flipside.pairing.agreement;

import org.flipside.testing.OnH2;

@OnH2
class AgreementRemindersOnH2Test extends AgreementRemindersContract {
}
