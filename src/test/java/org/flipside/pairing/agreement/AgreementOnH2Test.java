package org.flipside.pairing.agreement;

import org.flipside.testing.OnH2;

@OnH2
class AgreementOnH2Test extends AgreementContract {
}
