package org.flipside.program;

import org.flipside.testing.OnPostgres;

@OnPostgres
class EnrollmentPersistenceOnPostgresTest extends EnrollmentPersistenceContract {
}
