package org.flipside.feedback.safety;

import org.flipside.testing.OnH2;

@OnH2
class SafetyPulseStoreOnH2Test extends SafetyPulseStoreContract {
}
