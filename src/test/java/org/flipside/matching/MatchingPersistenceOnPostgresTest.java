package org.flipside.matching;

import org.flipside.testing.OnPostgres;

@OnPostgres
class MatchingPersistenceOnPostgresTest extends MatchingPersistenceContract {
}
