package org.flipside.pairing.pair;

import org.flipside.testing.OnH2;

@OnH2
class PairFormationOnH2Test extends PairFormationContract {
}
