package org.flipside.people.importing;

import org.flipside.testing.OnPostgres;

@OnPostgres
class DirectoryImportOnPostgresTest extends DirectoryImportContract {
}
