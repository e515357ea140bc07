package org.flipside.training;

import org.flipside.testing.OnH2;

@OnH2
class ModuleAttemptsOnH2Test extends ModuleAttemptsContract {
}
