package org.flipside.people;

import org.flipside.testing.OnPostgres;

@OnPostgres
class DirectoryPersistenceOnPostgresTest extends DirectoryPersistenceContract {
}
