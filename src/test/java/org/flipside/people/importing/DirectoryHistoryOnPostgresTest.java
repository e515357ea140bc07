package org.flipside.people.importing;

import org.flipside.testing.OnPostgres;

@OnPostgres
class DirectoryHistoryOnPostgresTest extends DirectoryHistoryContract {
}
