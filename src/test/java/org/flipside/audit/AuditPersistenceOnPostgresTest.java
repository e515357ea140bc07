package org.flipside.audit;

import org.flipside.testing.OnPostgres;

@OnPostgres
class AuditPersistenceOnPostgresTest extends AuditPersistenceContract {
}
