package org.flipside.audit;

import org.flipside.testing.OnH2;

@OnH2
class AuditPersistenceOnH2Test extends AuditPersistenceContract {
}
