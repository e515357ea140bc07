package org.flipside.matching.selfmatch;

import org.flipside.testing.OnPostgres;

@OnPostgres
class SelfMatchRaceOnPostgresTest extends SelfMatchRaceContract {
}
