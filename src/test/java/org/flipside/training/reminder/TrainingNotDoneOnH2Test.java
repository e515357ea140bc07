package org.flipside.training.reminder;

import org.flipside.testing.OnH2;

@OnH2
class TrainingNotDoneOnH2Test extends TrainingNotDoneContract {
}
