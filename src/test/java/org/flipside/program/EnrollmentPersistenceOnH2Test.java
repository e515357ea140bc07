package org.flipside.program;

import org.flipside.testing.OnH2;

@OnH2
class EnrollmentPersistenceOnH2Test extends EnrollmentPersistenceContract {
}
