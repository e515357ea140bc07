package org.flipside.pairing;

import org.flipside.testing.OnPostgres;

@OnPostgres
class AssessmentNotesOnPostgresTest extends AssessmentNotesContract {
}
