package org.flipside.identity.token;

import org.flipside.testing.OnPostgres;

@OnPostgres
class ApiTokenOnPostgresTest extends ApiTokenContract {
}
