package org.flipside.training;

import org.flipside.testing.OnH2;

@OnH2
class TrainingProgressOnH2Test extends TrainingProgressContract {
}
