package org.flipside.identity.account;

import org.flipside.testing.OnPostgres;

@OnPostgres
class AccountPersistenceOnPostgresTest extends AccountPersistenceContract {
}
