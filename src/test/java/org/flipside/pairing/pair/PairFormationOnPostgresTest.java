package org.flipside.pairing.pair;

import org.flipside.testing.OnPostgres;

@OnPostgres
class PairFormationOnPostgresTest extends PairFormationContract {
}
