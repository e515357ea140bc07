package org.flipside.pairing;

import org.flipside.testing.OnH2;

@OnH2
class AssessmentNotesOnH2Test extends AssessmentNotesContract {
}
