package org.flipside.notification.pair;

import org.flipside.testing.OnPostgres;

@OnPostgres
class PairMailsOnPostgresTest extends PairMailsContract {
}
