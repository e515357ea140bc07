package org.flipside.matching.selfmatch;

import org.flipside.testing.OnH2;

@OnH2
class SelfMatchRaceOnH2Test extends SelfMatchRaceContract {
}
