package org.flipside.pairing.cadence;

import org.flipside.testing.OnH2;

@OnH2
class CadenceAtScaleOnH2Test extends CadenceAtScaleContract {
}
