package org.flipside.pairing.goal;

import org.flipside.testing.OnH2;

@OnH2
class GoalOnH2Test extends GoalContract {
}
