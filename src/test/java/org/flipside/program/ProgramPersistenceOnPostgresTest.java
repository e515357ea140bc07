package org.flipside.program;

import org.flipside.testing.OnPostgres;

@OnPostgres
class ProgramPersistenceOnPostgresTest extends ProgramPersistenceContract {
}
