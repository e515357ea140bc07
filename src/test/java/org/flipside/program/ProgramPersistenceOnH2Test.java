package org.flipside.program;

import org.flipside.testing.OnH2;

@OnH2
class ProgramPersistenceOnH2Test extends ProgramPersistenceContract {
}
