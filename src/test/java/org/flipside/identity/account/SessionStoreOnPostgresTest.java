package org.flipside.identity.account;

import org.flipside.testing.OnPostgres;

@OnPostgres
class SessionStoreOnPostgresTest extends SessionStoreContract {
}
