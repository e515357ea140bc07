package org.flipside.matching.selfmatch;

import org.flipside.testing.OnPostgres;

@OnPostgres
class SelfMatchOnPostgresTest extends SelfMatchContract {
}
