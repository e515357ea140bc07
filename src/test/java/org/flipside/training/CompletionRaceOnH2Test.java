package org.flipside.training;

import org.flipside.testing.OnH2;

@OnH2
class CompletionRaceOnH2Test extends CompletionRaceContract {
}
